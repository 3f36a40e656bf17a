/**
 * demo.js on the Instagram post (plain JS in a string, see demo-js.ts), as instagram.com does it:
 * "Reply" puts "@handle " in the post's one composer and focuses it; Post (enabled once there is
 * text) or Enter posts as the brand: under the thread answered while the text still starts with
 * that mention (a reply to a reply joins its thread), else as a new comment under the caption.
 * Markup mirrors instagram/comment.ts; test/unit/demo-site/instagram-replies.test.ts holds the two equal.
 */
export const INSTAGRAM_JS = `
  function instagramReplies(data) {
    const textarea = document.querySelector('.ig-compose textarea');
    const form = textarea && textarea.form;
    const submit = form && form.querySelector('button[type="submit"]');
    if (!textarea || !form || !submit) return;
    /** The thread being answered and the handle the text must start with, since the last Reply. */
    let target = null;
    let posted = 0;

    function sync() {
      submit.disabled = textarea.value.trim() === '';
    }

    function handleOf(item) {
      const link = item.querySelector('h3 a');
      return link ? link.textContent.trim() : '';
    }

    function replyTo(button) {
      const item = button.closest('li');
      const thread = item && outermost(item, 'li');
      if (!thread) return;
      const handle = handleOf(item);
      target = { thread: thread, handle: handle };
      textarea.value = '@' + handle + ' ';
      textarea.focus();
      textarea.setSelectionRange(textarea.value.length, textarea.value.length);
      sync();
    }

    /** Comment text with @handles as profile links, as the page renders mentions. */
    function textOf(text) {
      const span = el('span', { class: '_ap3a _aaco', dir: 'auto' });
      text.split(/(@[\\w.]*\\w)/).forEach((part, i) => {
        if (i % 2 === 0) {
          if (part) span.append(part);
        } else {
          const href = '/' + part.slice(1) + '/';
          span.append(el('a', { class: 'x1i10hfl notranslate', href: href, role: 'link', tabindex: '0' }, [part]));
        }
      });
      return span;
    }

    /** The brand's comment as instagram/comment.ts renders one; a parent id makes it a reply. */
    function brandItem(id, text, parentId) {
      const now = new Date();
      const code = data.code;
      const href = parentId ? '/p/' + code + '/c/' + parentId + '/r/' + id + '/' : '/p/' + code + '/c/' + id + '/';
      const profile = '/' + data.handle + '/';
      const heart = document.querySelector('.ig-comments .heart');
      const title = now.toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
      return el('li', { class: parentId ? '_a9zj _a9zl reply' : '_a9zj _a9zl' }, [
        el('div', { class: 'x78zum5 _a9zm row' }, [
          el('a', { class: 'av-link', href: profile, tabindex: '-1', 'aria-hidden': 'true' }, [
            brandAvatar(parentId ? 'sm' : 'md', data.initials),
          ]),
          el('div', { class: 'x1iyjqo2 _a9zr body' }, [
            el('h3', { class: '_a9zc' }, [
              el('a', { class: 'x1i10hfl notranslate', href: profile, role: 'link', tabindex: '0' }, [data.handle]),
              el('span', { class: 'verified', role: 'img', 'aria-label': data.labels.verified }),
            ]),
            el('div', { class: '_a9zs' }, [textOf(text)]),
            el('div', { class: '_a9ze meta' }, [
              el('a', { class: 'x1i10hfl', href: href, role: 'link', tabindex: '0' }, [
                el('time', { class: 'x1ejq31n', datetime: now.toISOString(), title: title }, [data.labels.justNow]),
              ]),
              el('button', { class: '_a9ze', type: 'button', 'data-demo-reply': '' }, [data.labels.reply]),
            ]),
          ]),
          el('span', { class: 'heart' }, heart ? [...heart.cloneNode(true).childNodes] : []),
        ]),
      ]);
    }

    /** The thread's list of replies, made (with its "Hide replies" line) when it has none. */
    function repliesOf(thread) {
      const found = thread.querySelector(':scope > ul.replies');
      if (found) return found;
      const toggle = el('button', { class: 'view-replies', type: 'button' }, [
        el('span', { class: 'rule' }),
        el('span', {}, [data.labels.hideReplies]),
      ]);
      const list = el('ul', { class: '_a9ym replies' }, [el('li', {}, [toggle])]);
      thread.append(list);
      return list;
    }

    function post() {
      const text = textarea.value.trim();
      if (!text) return;
      const mention = /^@([\\w.]+)/.exec(text);
      const answering =
        target && target.thread.isConnected && mention && mention[1].toLowerCase() === target.handle.toLowerCase();
      posted += 1;
      const id = idFrom(data.replyIdPrefix, posted);
      let item;
      if (answering) {
        const list = repliesOf(target.thread);
        const parentLink = target.thread.querySelector('a[href*="/c/"]');
        const parentId = /\\/c\\/(\\d+)/.exec(parentLink ? parentLink.getAttribute('href') : '');
        item = brandItem(id, text, parentId ? parentId[1] : '');
        // After the replies shown, before the ones still hidden and the view/hide line.
        const before = [...list.children].find((child) => !child.classList.contains('reply'));
        list.insertBefore(item, before || null);
      } else {
        // A new comment of one's own shows first, right under the caption.
        item = brandItem(id, text, '');
        const caption = document.querySelector('.ig-comments > .caption');
        if (caption) caption.after(item);
        else document.querySelector('.ig-comments').prepend(item);
      }
      item.scrollIntoView({ block: 'nearest' });
      textarea.value = '';
      target = null;
      sync();
    }

    textarea.addEventListener('input', sync);
    textarea.addEventListener('keydown', (event) => {
      if (!isEnter(event)) return;
      event.preventDefault();
      post();
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      post();
    });
    document.addEventListener('click', (event) => {
      const origin = event.target instanceof Element ? event.target : null;
      const button = origin && origin.closest('[data-demo-reply]');
      if (!button) return;
      event.preventDefault();
      replyTo(button);
    });
    sync();
  }
`;
