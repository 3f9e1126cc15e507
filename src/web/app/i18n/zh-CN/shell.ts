import type { Translation } from '../translation';

export const shell: Translation['shell'] = {
  nav: {
    home: '首页',
    customers: '客户',
    orders: '订单',
    products: '商品',
    funnel: '销售漏斗',
    activities: '跟进活动',
    feedback: '客户反馈',
    surveys: '问卷调查',
    segments: '客户分群',
    analytics: '数据分析',
    settings: '设置',
    groups: { work: '业务', insight: '洞察', admin: '管理' },
  },
  header: {
    searchPlaceholder: '搜索客户、订单、成员…',
    language: '语言',
    toDark: '切换到深色主题',
    toLight: '切换到浅色主题',
    collapse: '收起导航',
    expand: '展开导航',
    openMenu: '打开导航',
    live: '实时更新已开启',
    offline: '正在重新连接…',
  },
  userMenu: {
    label: '账号菜单',
    profile: '个人资料',
    settings: '设置',
    signOut: '退出登录',
    signedOut: '您已退出登录',
  },
  home: {
    greetingMorning: '早上好，{{name}}',
    greetingAfternoon: '下午好，{{name}}',
    greetingEvening: '晚上好，{{name}}',
    subtitle: '当前工作区：{{org}}。今天是 {{date}}。',
    role: '您的角色',
    timeZone: '时区',
    currency: '货币',
    gettingStarted: {
      title: '快速上手',
      subtitle: '完成以下几步，让团队用上 Kehu。',
      invite: {
        title: '邀请同事',
        description: '发送邀请链接，并为每位成员分配合适的角色。',
        action: '邀请成员',
      },
      org: {
        title: '完善组织设置',
        description: '确认名称、时区、货币和默认语言。',
        action: '打开设置',
      },
      apiKey: {
        title: '创建 API 密钥',
        description: '通过 REST API 将网店、官网或 ERP 连接到 Kehu。',
        action: '创建密钥',
      },
      profile: {
        title: '完善个人资料',
        description: '设置姓名、语言和主题，并使用高强度密码。',
        action: '打开个人资料',
      },
    },
    modules: {
      title: '即将上线',
      subtitle: '以下模块正在开发中，上线后会出现在这里。',
    },
  },
};
