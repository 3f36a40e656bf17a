import { AVATAR_CSS } from './avatar-css';

/** Instagram-like look: white canvas, thin grey borders, left navigation, picture + side column. */
export const INSTAGRAM_CSS = `${AVATAR_CSS}
*{box-sizing:border-box}
body.igb{margin:0;background:#fff;color:#000;font-family:-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;font-size:14px;line-height:18px}
a{color:inherit;text-decoration:none}
button{font:inherit;background:none;border:0;padding:0;cursor:pointer;color:inherit}
.grow{flex:1}
.ig{display:flex;min-height:100vh}
.ig-nav{position:sticky;top:0;height:100vh;width:244px;flex:none;display:flex;flex-direction:column;gap:4px;padding:24px 12px;border-right:1px solid #dbdbdb}
.ig-nav a{display:flex;align-items:center;gap:16px;padding:12px;border-radius:8px;font-size:16px}
.ig-nav a:hover{background:#f2f2f2}
.ig-logo{height:52px;font:italic 600 26px/28px "Billabong","Brush Script MT",cursive}
.ig-logo::before{content:"Instagram"}
.ig-main{flex:1;display:flex;justify-content:center;padding:24px}
.post-wrap{width:100%;max-width:935px}
.ig-post{display:flex;height:min(85vh,720px);border:1px solid #dbdbdb;border-radius:4px;overflow:hidden}
.media{flex:1.3;background:radial-gradient(circle at 50% 70%,#f5e6cf 0 18%,transparent 19%),linear-gradient(160deg,#bcd9a8,#4f8a4b 60%,#21421f);display:flex;align-items:center;justify-content:center}
.drink{width:34%;height:62%;border-radius:8px 8px 30px 30px;background:linear-gradient(#fff8 0 10%,#e9d3b0 10% 55%,#a87a4f 55%);box-shadow:0 10px 30px #0004}
.side{width:405px;flex:none;display:flex;flex-direction:column;border-left:1px solid #efefef}
.ig-head{display:flex;align-items:center;gap:12px;padding:14px 16px;border-bottom:1px solid #efefef}
.who{flex:1;font-weight:600}.follow{color:#0095f6;font-weight:600}
.verified{display:inline-block;width:12px;height:12px;margin-left:4px;border-radius:50%;background:#0095f6;vertical-align:-1px}
.scroll{flex:1;overflow-y:auto;padding:8px 16px}
.ig-comments,.replies{list-style:none;margin:0;padding:0}
._a9zj{padding:8px 0}
.row{display:flex;gap:14px;align-items:flex-start}
.body{flex:1;min-width:0;overflow-wrap:anywhere}
.body h3,.body h2{display:inline;margin:0 4px 0 0;font-size:14px;font-weight:600}
.body h1{display:inline;margin:0;font-size:14px;font-weight:400;white-space:pre-wrap}
._a9zs{display:inline}._a9zs a,.body h1 a{color:#00376b}
.meta{display:flex;gap:12px;margin-top:8px;color:#737373;font-size:12px}
.meta button{font-weight:600;color:#737373}
.heart{padding-top:6px;color:#737373}
.replies{margin-left:54px}
.reply .av-sm{margin-top:2px}
.view-replies{display:flex;align-items:center;gap:16px;margin:12px 0 4px;color:#737373;font-size:12px;font-weight:600}
.rule{display:inline-block;width:24px;border-bottom:1px solid #737373}
.load-more{display:flex;justify-content:center;padding:8px 0}
.ig-actions{display:flex;gap:16px;padding:8px 16px 4px;border-top:1px solid #efefef}
.ig-likes{padding:0 16px;font-weight:600}
.ig-date{padding:4px 16px 12px;color:#737373;font-size:10px;text-transform:uppercase;letter-spacing:.2px}
.ig-compose{border-top:1px solid #efefef;padding:6px 16px}
.ig-compose form{display:flex;align-items:center}
.ig-compose textarea{flex:1;height:36px;border:0;resize:none;outline:none;font:inherit;padding:9px 0}
.ig-compose button{color:#0095f6;font-weight:600}.ig-compose button:disabled{opacity:.3}
.profile{width:100%;max-width:935px}
.profile-head{display:flex;gap:80px;align-items:center;padding:16px 60px 44px;border-bottom:1px solid #dbdbdb}
.profile-head .av-lg{width:150px;height:150px;border:0}
.profile-head h2{margin:0 0 20px;font-size:20px;font-weight:400}
.stats{display:flex;gap:40px;list-style:none;margin:0 0 20px;padding:0;font-size:16px}.stats span{font-weight:600}
.bio{display:flex;flex-direction:column;gap:2px}.bio span:first-child{font-weight:600}
.grid{display:grid;grid-template-columns:repeat(3,1fr);gap:4px;padding-top:4px}
.tile{aspect-ratio:1;position:relative;display:block;background:linear-gradient(160deg,#bcd9a8,#4f8a4b 60%,#21421f)}
.tile.pic-2{background:linear-gradient(160deg,#f4ead7,#c9a77c 55%,#6b4a2f)}
.tile.pic-3{background:linear-gradient(160deg,#fbe3c1,#e88b4a 50%,#7d2e2e)}
.tile.pic-4{background:linear-gradient(160deg,#efe6da,#b69b7a 50%,#4b3a2b)}
.tile.pic-5{background:linear-gradient(160deg,#e1f0d8,#5f9d58 55%,#24472a)}
.tile-stats{position:absolute;inset:0;display:none;align-items:center;justify-content:center;gap:12px;background:#0004;color:#fff;font-weight:600}
.tile:hover .tile-stats{display:flex}
`;
