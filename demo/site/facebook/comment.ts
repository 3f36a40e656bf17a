import { avatar } from '../avatar';
import { type NumberedComment, splitMentions } from '../content/numbering';
import { html, type Html } from '../html';
import { facebookLong, facebookShort } from '../time';
import { facebookAuthor, type FacebookContext, PAGE_NUMERIC_ID, postPermalink } from './context';

/** Ids as Facebook prints them: numeric, or base64 of "comment:<postId>_<commentId>". */
function idParam(ctx: FacebookContext, comment: NumberedComment): string {
  return comment.encodedId ? btoa(`comment:${ctx.post.storyId}_${comment.id}`) : comment.id;
}

/** Timestamp link: the last post uses the older permalink.php form, the others /posts/. */
function commentPermalink(ctx: FacebookContext, comment: NumberedComment, parent?: NumberedComment): string {
  const params = new URLSearchParams();
  if (parent) {
    params.set('comment_id', idParam(ctx, parent));
    params.set('reply_comment_id', idParam(ctx, comment));
  } else {
    params.set('comment_id', idParam(ctx, comment));
  }
  if (ctx.postIndex === 3) {
    const story = new URLSearchParams({ story_fbid: ctx.post.storyId, id: PAGE_NUMERIC_ID });
    return `https://www.facebook.com/permalink.php?${story.toString()}&${params.toString()}`;
  }
  return `${postPermalink(ctx.post)}?${params.toString()}`;
}

/** Comment text with @mentions as profile links, the way Facebook renders tags. */
function commentText(text: string): Html {
  return html`${splitMentions(text).map((part) => {
    if (typeof part === 'string') return part;
    const friend = facebookAuthor(part.mention);
    return html`<a class="x1i10hfl xjbqb8w mention" href="${friend.url}" role="link" tabindex="0"
      >${friend.name}</a
    >`;
  })}`;
}

function reactions(ctx: FacebookContext, likes: number | undefined): Html {
  if (!likes) return html``;
  // Icons are CSS only: the adapters read the button's text as the bare count.
  return html`<div
    class="x1n2onr6 react"
    role="button"
    tabindex="0"
    aria-label="${ctx.t.reactions(String(likes))}"
  >
    <span class="react-icons" aria-hidden="true"><i class="ri ri-like"></i><i class="ri ri-love"></i></span
    ><span class="react-n">${likes}</span>
  </div>`;
}

function replyComposer(ctx: FacebookContext, name: string): Html {
  return html`<div class="x78zum5 composer composer-reply">
    ${avatar('Kopi Rindang', 'sm', true)}
    <div
      class="x1ed109x composer-box"
      contenteditable="true"
      role="textbox"
      spellcheck="true"
      tabindex="0"
      aria-label="${ctx.t.replyTo(name)}"
      aria-placeholder="${ctx.t.replyTo(name)}"
    >
      <p><br /></p>
    </div>
  </div>`;
}

/** One comment as a `[role="article"]`; replies nest inside it, as on Facebook. */
export function renderComment(
  ctx: FacebookContext,
  comment: NumberedComment,
  parent?: NumberedComment,
): Html {
  const author = facebookAuthor(comment.author);
  const ago = facebookLong(comment.minutesAgo, ctx.locale);
  const label = parent
    ? ctx.t.reply(author.name, facebookAuthor(parent.author).name, ago)
    : ctx.t.comment(author.name, ago);
  const replies = comment.replies.map((reply) => renderComment(ctx, reply, comment));
  return html`<div
    class="x1n2onr6 x1iorvi4 x78zum5 cmt${parent ? ' cmt-reply' : ''}"
    role="article"
    tabindex="-1"
    aria-label="${label}"
  >
    <div class="x78zum5 xdt5ytf cmt-row">
      <a class="av-link" href="${author.url}" aria-hidden="true" tabindex="-1"
        >${avatar(author.name, parent ? 'sm' : 'md', author.isPage)}</a
      >
      <div class="x1r8uery x1iyjqo2 cmt-main">
        <div class="xmjcpbm x1tlxs6b bubble">
          <span class="x3nfvp2 cmt-author"
            ><a class="x1i10hfl xjbqb8w" href="${author.url}" role="link" tabindex="0">${author.name}</a
            >${author.isPage ? html`<span class="badge">${ctx.t.author}</span>` : ''}</span
          >
          <div class="xdj266r x11i5rnm xat24cr" dir="auto">${commentText(comment.text)}</div>
          ${reactions(ctx, comment.likes)}
        </div>
        <ul class="x1n2onr6 cmt-actions">
          <li>
            <a
              class="x1i10hfl xjbqb8w"
              href="${commentPermalink(ctx, comment, parent)}"
              role="link"
              tabindex="0"
              >${facebookShort(comment.minutesAgo, ctx.locale)}</a
            >
          </li>
          <li><div class="x1i10hfl" role="button" tabindex="0">${ctx.t.like}</div></li>
          <li>
            <div class="x1i10hfl" role="button" tabindex="0" data-demo-reply="">${ctx.t.reply_}</div>
          </li>
        </ul>
      </div>
    </div>
    ${replies.length > 0 || comment.replyBox ? html`<div class="x1a8lsjc replies">${replies}${comment.replyBox ? replyComposer(ctx, author.name) : ''}</div>` : ''}
  </div>`;
}
