import { AVATAR_CSS } from './avatar-css';

/** Facebook-like look: grey canvas, white rounded cards, grey comment bubbles, system fonts. */
export const FACEBOOK_CSS = `${AVATAR_CSS}
*{box-sizing:border-box}
body.fb{margin:0;background:#f0f2f5;color:#050505;font-family:"Segoe UI Historic","Segoe UI",Helvetica,Arial,sans-serif;font-size:15px;line-height:1.34}
a{color:inherit;text-decoration:none}a:hover{text-decoration:underline}
.grow{flex:1}
.fb-top{position:sticky;top:0;z-index:5;display:flex;align-items:center;gap:8px;height:56px;padding:0 16px;background:#fff;box-shadow:0 1px 2px rgba(0,0,0,.2)}
.fb-logo{width:40px;height:40px;border-radius:50%;background:#0866ff;position:relative}
.fb-logo::after{content:"f";position:absolute;left:14px;top:2px;color:#fff;font:700 34px/40px Helvetica,Arial,sans-serif}
.fb-search input{width:240px;height:40px;border:0;border-radius:20px;background:#f0f2f5;padding:0 16px;font:inherit}
.fb-icons{display:flex;gap:8px}.fb-icons i{width:40px;height:40px;border-radius:50%;background:#e4e6eb}
.fb-main{max-width:1100px;margin:0 auto}
.card,.card-flat{background:#fff;border-radius:8px;box-shadow:0 1px 2px rgba(0,0,0,.2)}
.card-flat{border-radius:0 0 8px 8px}
.cover{height:300px;border-radius:0 0 8px 8px;background:linear-gradient(135deg,#3b5d3a,#8fae6b 45%,#d9c49a)}
.page-id{display:flex;align-items:flex-end;gap:16px;padding:0 32px;margin-top:-84px}
.page-title{flex:1;padding-bottom:16px}.page-title h1{margin:0;font-size:32px;font-weight:700}
.sub{color:#65676b;font-weight:600}
.page-buttons{display:flex;gap:8px;padding-bottom:16px}
.btn,.btn-primary{padding:8px 16px;border-radius:6px;background:#e4e6eb;font-weight:600;cursor:pointer}
.btn-primary{background:#0866ff;color:#fff}
.tabs{display:flex;gap:4px;margin:0 32px;border-top:1px solid #ced0d4;padding:4px 0}
.tabs [role=tab]{padding:14px 16px;color:#65676b;font-weight:600;border-radius:6px;cursor:pointer}
.tabs [aria-selected=true]{color:#0866ff;border-bottom:3px solid #0866ff;border-radius:0}
.cols{display:flex;gap:16px;align-items:flex-start;padding:16px 0}
.intro{width:360px;padding:16px;position:sticky;top:72px}.intro h2{margin:0 0 8px;font-size:20px}
.feed{flex:1;display:flex;flex-direction:column;gap:16px;min-width:0}
.post{padding:12px 0 4px}
.post-head{display:flex;gap:8px;align-items:center;padding:0 16px}
.post-meta{flex:1}.post-meta h3{margin:0;font-size:15px}
.post-time{color:#65676b;font-size:13px}
.globe{display:inline-block;width:12px;height:12px;border-radius:50%;border:1.5px solid #65676b;vertical-align:-2px}
.post-menu{width:36px;height:36px;border-radius:50%;background:radial-gradient(circle,#65676b 2px,transparent 3px) 8px 50%/10px 10px repeat-x;cursor:pointer}
.post-message{padding:4px 16px 12px}
.post-picture{height:360px;background:linear-gradient(160deg,#f4ead7,#c9a77c 55%,#6b4a2f)}
.pic-2{background:linear-gradient(160deg,#fbe3c1,#e88b4a 50%,#7d2e2e)}
.pic-3{background:linear-gradient(160deg,#e1f0d8,#5f9d58 55%,#24472a)}
.pic-4{background:linear-gradient(160deg,#efe6da,#b69b7a 50%,#4b3a2b)}
.post-counts{display:flex;align-items:center;gap:8px;padding:10px 16px;color:#65676b}
.react-icons{display:inline-flex}.ri{width:18px;height:18px;border-radius:50%;border:2px solid #fff;display:inline-block}
.ri-like{background:#0866ff}.ri-love{background:#f33e58;margin-left:-5px}
.post-actions{display:flex;margin:0 16px;border-top:1px solid #ced0d4;border-bottom:1px solid #ced0d4}
.post-actions [role=button]{flex:1;text-align:center;padding:8px;color:#65676b;font-weight:600;border-radius:4px;cursor:pointer}
.post-actions [role=button]:hover,.cmt-actions [role=button]:hover{background:#f2f2f2}
.comments{padding:4px 16px 8px}
.sort{display:inline-block;margin:4px 0 8px;color:#65676b;font-weight:600;cursor:pointer}
.sort::after{content:" ▾"}
.cmt{display:block;margin:4px 0}
.cmt-row{display:flex;flex-direction:row;gap:6px}
.cmt-main{flex:1;min-width:0}
.bubble{position:relative;display:inline-block;background:#f0f2f5;border-radius:18px;padding:8px 12px;max-width:calc(100% - 28px);overflow-wrap:anywhere}
.cmt-author{display:block;font-size:13px;font-weight:600}
.badge{margin-left:6px;padding:1px 6px;border-radius:4px;background:#e7f3ff;color:#0866ff;font-size:12px}
.mention{color:#385898;font-weight:600}
.react{position:absolute;right:-18px;bottom:-10px;display:flex;align-items:center;gap:3px;padding:2px 4px;background:#fff;border-radius:10px;box-shadow:0 1px 3px rgba(0,0,0,.2);font-size:13px;color:#65676b;cursor:pointer}
.react .ri{width:16px;height:16px}
.cmt-actions{display:flex;gap:16px;margin:2px 0 0 12px;padding:0;list-style:none;font-size:12px;color:#65676b;font-weight:600}
.cmt-actions [role=button]{cursor:pointer}
.replies{margin-left:46px}
.cmt-reply{margin:6px 0}
.composer{display:flex;gap:6px;align-items:center;margin:8px 0 4px}
.composer-box{flex:1;min-height:36px;padding:8px 12px;border-radius:18px;background:#f0f2f5;outline:none;color:#050505}
.composer-box p{margin:0}
.composer-box{position:relative}
.composer-box:not(:focus):has(> p:only-child > br:only-child)::before{content:attr(aria-placeholder);position:absolute;color:#65676b;pointer-events:none}
.more{margin:4px 0;color:#65676b;font-weight:600;cursor:pointer}
.more:hover{text-decoration:underline}
`;
