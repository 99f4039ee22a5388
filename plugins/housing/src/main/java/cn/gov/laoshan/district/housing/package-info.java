/**
 * 住建: full-lifecycle agency service for the district's key projects (重点项目全生命周期代办) — projects, approval
 * service menus, tailored plans scheduled on the working-day calendar, blocking issues and dispatch meetings.
 * Private to the plugin bundle; nothing here is exported.
 */
package cn.gov.laoshan.district.housing;
