#include "tests/support/dashboard_browser.h"

#include <catch2/catch.hpp>

namespace storepulse::test {

void sign_in(webdriver_client& browser, const dashboard_server& server, const std::string& username) {
  browser.delete_cookies();
  browser.navigate(server.url() + "/#/signin");
  auto user = browser.wait_for("#username");
  browser.type(user, username);
  browser.type(browser.find("#password"), username + "-password-1");
  browser.click(browser.find("form button[type=submit]"));
}

std::string accessibility_problems(webdriver_client& browser) {
  return browser.execute_string(R"JS(
    const problems = [];
    if (!document.documentElement.lang) problems.push('html has no lang');
    if (!document.title) problems.push('no title');
    if (document.querySelectorAll('main').length !== 1) problems.push('not exactly one main landmark');
    for (const el of document.querySelectorAll('input, select, textarea')) {
      const labelled = (el.id && document.querySelector(`label[for="${el.id}"]`)) || el.closest('label') ||
        el.getAttribute('aria-label') || el.getAttribute('aria-labelledby');
      if (!labelled) problems.push(`unlabelled ${el.tagName} ${el.name || el.id}`);
    }
    for (const el of document.querySelectorAll('img:not([alt]), canvas:not([aria-label]), [role=img]:not([aria-label])'))
      problems.push(`image without a text alternative: ${el.outerHTML.slice(0, 80)}`);
    for (const el of document.querySelectorAll('button, a[href]'))
      if (!(el.innerText || el.getAttribute('aria-label') || el.title || '').trim()) problems.push(`control without a name: ${el.outerHTML.slice(0, 80)}`);
    let last = 0;
    for (const heading of document.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
      const level = Number(heading.tagName[1]);
      if (last && level > last + 1) problems.push(`heading jumps from h${last} to h${level}: ${heading.textContent}`);
      last = level;
    }
    const rgb = (text) => { const m = text.match(/[\d.]+/g) || ['0','0','0','0']; return m.map(Number); };
    const lum = ([r, g, b]) => { const f = (c) => { c /= 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; };
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
    const background = (el) => {
      for (let e = el; e; e = e.parentElement) {
        const style = getComputedStyle(e);
        if (style.backgroundImage && style.backgroundImage !== 'none') return [226, 231, 235];  // striped suppressed cells: darker stripe
        const c = rgb(style.backgroundColor);
        if (c.length < 4 || c[3] > 0.5) return c.slice(0, 3);
      }
      return [255, 255, 255];
    };
    for (const el of document.querySelectorAll('body *')) {
      if (!el.offsetParent && getComputedStyle(el).position !== 'fixed') continue;
      const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
      if (!own || el.closest('.visually-hidden, .skip-link')) continue;
      const style = getComputedStyle(el);
      const fg = rgb(style.color).slice(0, 3);
      const l1 = lum(fg), l2 = lum(background(el));
      const ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
      const large = parseFloat(style.fontSize) >= 24 || (parseFloat(style.fontSize) >= 18.66 && Number(style.fontWeight) >= 700);
      if (ratio < (large ? 3 : 4.5)) problems.push(`contrast ${ratio.toFixed(2)} for "${el.textContent.trim().slice(0, 40)}"`);
    }
    return problems.join('\n');
  )JS");
}

std::string overflowing_elements(webdriver_client& browser) {
  return browser.execute_string(R"JS(
    return [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1 && !el.closest('.table-wrap, .nav'))
      .map((el) => el.tagName + '.' + el.className).slice(0, 5).join(', ');
  )JS");
}

void check_fits(webdriver_client& browser) {
  auto overflow = overflowing_elements(browser);
  INFO(browser.execute_string("return location.hash;"));
  INFO(overflow);
  CHECK(overflow.empty());
  CHECK(browser.execute_string("return String(document.documentElement.scrollWidth <= window.innerWidth + 1);") == "true");
}

void check_accessible(webdriver_client& browser) {
  auto problems = accessibility_problems(browser);
  INFO(problems);
  CHECK(problems.empty());
}

void scroll_to(webdriver_client& browser, const std::string& css) {
  browser.execute("document.querySelector('" + css + "').scrollIntoView({block: 'start'}); window.scrollBy(0, -8); return 0;");
}

std::string screenshot_path(const std::string& name) { return artifact_dir() + "/" + name + ".png"; }

}  // namespace storepulse::test
