/** Avatar circles shared by both sites' stylesheets: colour classes and initials from data-initials. */
export const AVATAR_CSS = `
.av{display:inline-flex;align-items:center;justify-content:center;border-radius:50%;color:#fff;font-weight:600;flex:none;user-select:none}
.av::before{content:attr(data-initials)}
.av-sm{width:32px;height:32px;font-size:12px}
.av-md{width:40px;height:40px;font-size:14px}
.av-lg{width:168px;height:168px;font-size:56px;border:4px solid #fff}
.av-c0{background:#e4774b}.av-c1{background:#3f8cd8}.av-c2{background:#5aa469}.av-c3{background:#a25ecf}
.av-c4{background:#d4a72c}.av-c5{background:#d25c83}.av-c6{background:#2f9d9a}.av-c7{background:#7a8694}
.av-cbrand{background:radial-gradient(circle at 35% 35%,#8fbf6a,#2e5d34 70%)}
.demo-loading{height:4px;margin:8px 16px;border-radius:2px;background:linear-gradient(90deg,#e4e6eb,#bcc0c4,#e4e6eb);background-size:200% 100%;animation:demo-load 0.8s linear infinite}
@keyframes demo-load{to{background-position:-200% 0}}
`;
