/**
 * demo.js on the Facebook page (plain JS in a string, see demo-js.ts): "Reply" opens the
 * thread's composer, Enter in it posts the page's reply, as on facebook.com.
 *
 * - A thread's composer sits in its top comment's replies container, after the replies; a
 *   reply to a reply uses the same composer and, while it is empty, starts it with a mention of
 *   the person answered. Replies nest one level, as the demo renders them.
 * - Enter (not Shift+Enter) posts what the composer holds, typed or inserted with
 *   `document.execCommand('insertText')`, as the page's reply with a fresh `reply_comment_id`,
 *   then empties the composer. The post's own "Comment as" box is left alone.
 * Markup mirrors facebook/comment.ts; test/unit/demo-site/facebook-replies.test.ts holds the two equal.
 */
export const FACEBOOK_JS = `
  function facebookReplies(data) {
    const ARTICLE = '[role="article"]';
    const TEXTBOX = '[contenteditable="true"][role="textbox"]';
    let posted = 0;

    function authorOf(article) {
      const link = article.querySelector('.cmt-author a');
      return { name: link ? link.textContent.trim() : '', href: link ? link.getAttribute('href') || '' : '' };
    }

    function emptyLine() {
      return el('p', {}, [el('br')]);
    }

    function composerOf(thread) {
      return thread.querySelector(':scope > .replies > .composer-reply > ' + TEXTBOX);
    }

    /** The thread's composer, made (after its replies) when the thread shows none. */
    function openComposer(thread) {
      const found = composerOf(thread);
      if (found) return found;
      let replies = thread.querySelector(':scope > .replies');
      if (!replies) {
        replies = el('div', { class: 'x1a8lsjc replies' });
        thread.append(replies);
      }
      const label = fill(data.labels.replyTo, 'name', authorOf(thread).name);
      const box = el(
        'div',
        {
          class: 'x1ed109x composer-box',
          contenteditable: 'true',
          role: 'textbox',
          spellcheck: 'true',
          tabindex: '0',
          'aria-label': label,
          'aria-placeholder': label,
        },
        [emptyLine()],
      );
      replies.append(el('div', { class: 'x78zum5 composer composer-reply' }, [brandAvatar('sm', data.page.initials), box]));
      return box;
    }

    function isEmpty(box) {
      return box.textContent.trim() === '' && !box.querySelector('[data-demo-mention]');
    }

    /** Focus with the caret at the end of the last line (on an empty line: before its <br>). */
    function focusAtEnd(box) {
      box.focus();
      const selection = window.getSelection();
      const line = box.lastElementChild || box;
      if (!selection) return;
      const range = document.createRange();
      range.selectNodeContents(line);
      range.collapse(line.childNodes.length === 1 && line.firstChild.nodeName === 'BR');
      selection.removeAllRanges();
      selection.addRange(range);
    }

    /** A mention of the person answered, as Facebook starts a reply to a reply. */
    function mention(box, person) {
      const tag = el('span', { class: 'mention', contenteditable: 'false', 'data-demo-mention': person.href }, [person.name]);
      box.replaceChildren(el('p', {}, [tag, '\\u00a0']));
    }

    function replyTo(button) {
      const article = button.closest(ARTICLE);
      const thread = article && outermost(article, ARTICLE);
      if (!thread) return;
      const box = openComposer(thread);
      const person = authorOf(article);
      const answersReply = article !== thread && person.href !== authorOf(thread).href && person.href !== data.page.url;
      if (answersReply && person.href && isEmpty(box)) mention(box, person);
      focusAtEnd(box);
    }

    /** The composer's content: text (paragraphs and <br> as line ends) and mentions. */
    function contentOf(box) {
      const parts = [];
      const walk = (node) => {
        for (const child of node.childNodes) {
          if (child.nodeType === Node.TEXT_NODE) parts.push(child.data.replace(/\\u00a0/g, ' '));
          else if (child.nodeType !== Node.ELEMENT_NODE) continue;
          else if (child.hasAttribute('data-demo-mention'))
            parts.push({ name: child.textContent, href: child.getAttribute('data-demo-mention') });
          else if (child.nodeName === 'BR') parts.push('\\n');
          else {
            if (parts.length > 0 && (child.nodeName === 'P' || child.nodeName === 'DIV')) parts.push('\\n');
            walk(child);
          }
        }
      };
      walk(box);
      // Adjacent text joined, the ends trimmed, runs of blank lines kept to one.
      const out = [];
      for (const part of parts) {
        const last = out.length - 1;
        if (typeof part === 'string' && typeof out[last] === 'string') out[last] += part;
        else out.push(part);
      }
      if (typeof out[0] === 'string') out[0] = out[0].replace(/^\\s+/, '');
      if (typeof out[out.length - 1] === 'string') out[out.length - 1] = out[out.length - 1].replace(/\\s+$/, '');
      return out
        .map((part) => (typeof part === 'string' ? part.replace(/\\n[ \\t]*\\n(\\s*\\n)+/g, '\\n\\n') : part))
        .filter((part) => part !== '');
    }

    function textOf(parts) {
      const div = el('div', { class: 'xdj266r x11i5rnm xat24cr', dir: 'auto' });
      for (const part of parts) {
        if (typeof part === 'string') {
          part.split('\\n').forEach((line, i) => {
            if (i > 0) div.append(el('br'));
            if (line) div.append(line);
          });
        } else {
          div.append(el('a', { class: 'x1i10hfl xjbqb8w mention', href: part.href, role: 'link', tabindex: '0' }, [part.name]));
        }
      }
      return div;
    }

    /** The thread's permalink with the new reply's id, in the form the thread's own link has. */
    function permalinkFor(thread, id) {
      const own = thread.querySelector(':scope > .cmt-row .cmt-actions a[href*="comment_id="]');
      const url = new URL(own ? own.getAttribute('href') : data.page.url, location.href);
      url.searchParams.set('reply_comment_id', id);
      return url.href;
    }

    /** The page's reply, as facebook/comment.ts renders a reply by the page. */
    function pageReply(thread, parts) {
      posted += 1;
      const id = idFrom(data.replyIdPrefix, posted);
      const page = data.page;
      const labels = data.labels;
      const link = (attrs, children) => el('a', attrs, children);
      return el(
        'div',
        {
          class: 'x1n2onr6 x1iorvi4 x78zum5 cmt cmt-reply',
          role: 'article',
          tabindex: '-1',
          'aria-label': fill(labels.reply, 'other', authorOf(thread).name),
        },
        [
          el('div', { class: 'x78zum5 xdt5ytf cmt-row' }, [
            link({ class: 'av-link', href: page.url, 'aria-hidden': 'true', tabindex: '-1' }, [brandAvatar('sm', page.initials)]),
            el('div', { class: 'x1r8uery x1iyjqo2 cmt-main' }, [
              el('div', { class: 'xmjcpbm x1tlxs6b bubble' }, [
                el('span', { class: 'x3nfvp2 cmt-author' }, [
                  link({ class: 'x1i10hfl xjbqb8w', href: page.url, role: 'link', tabindex: '0' }, [page.name]),
                  el('span', { class: 'badge' }, [labels.author]),
                ]),
                textOf(parts),
              ]),
              el('ul', { class: 'x1n2onr6 cmt-actions' }, [
                el('li', {}, [
                  link({ class: 'x1i10hfl xjbqb8w', href: permalinkFor(thread, id), role: 'link', tabindex: '0' }, [labels.justNow]),
                ]),
                el('li', {}, [el('div', { class: 'x1i10hfl', role: 'button', tabindex: '0' }, [labels.like])]),
                el('li', {}, [
                  el('div', { class: 'x1i10hfl', role: 'button', tabindex: '0', 'data-demo-reply': '' }, [labels.reply_]),
                ]),
              ]),
            ]),
          ]),
        ],
      );
    }

    /** Posts the composer's content under its thread and empties it; nothing when it is empty. */
    function post(box) {
      const thread = box.closest(ARTICLE);
      const composer = box.closest('.composer-reply');
      const parts = contentOf(box);
      if (!thread || !composer || parts.length === 0) return;
      composer.before(pageReply(thread, parts));
      box.replaceChildren(emptyLine());
      focusAtEnd(box);
    }

    document.addEventListener('click', (event) => {
      const target = event.target instanceof Element ? event.target : null;
      const button = target && target.closest('[data-demo-reply]');
      if (!button) return;
      event.preventDefault();
      replyTo(button);
    });

    document.addEventListener('keydown', (event) => {
      const target = event.target instanceof Element ? event.target : null;
      if (!target) return;
      const button = target.closest('[data-demo-reply]');
      if (button && (event.key === 'Enter' || event.key === ' ')) {
        event.preventDefault();
        replyTo(button);
        return;
      }
      const box = target.closest(TEXTBOX);
      if (!box || !box.closest('.composer-reply') || !isEnter(event)) return;
      event.preventDefault();
      post(box);
    });
  }
`;
