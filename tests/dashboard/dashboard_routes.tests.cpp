#include "server/dashboard/static_files.h"
#include "tests/support/auth_fixture.h"

#include <catch2/catch.hpp>

using namespace storepulse;
using test::auth_app;
using test::auth_database;

namespace {

void check_security_headers(const http::response& res) {
  CHECK(std::string(res["Content-Security-Policy"]).rfind("default-src 'self'", 0) == 0);
  CHECK(res["X-Content-Type-Options"] == "nosniff");
  CHECK(res["Referrer-Policy"] == "no-referrer");
}

}  // namespace

TEST_CASE("The dashboard page is served as HTML with the security headers", "[dashboard][static]") {
  auth_database db;
  auth_app app(db);
  auto res = app.call(auth_app::make(http::verb::get, "/"));
  REQUIRE(res.result() == http::status::ok);
  CHECK(res[http::beast_http::field::content_type] == "text/html; charset=utf-8");
  CHECK(res.body().find("<html lang=\"en\">") != std::string::npos);
  check_security_headers(res);
}

TEST_CASE("Scripts and styles and the packaged Chart.js have their content types", "[dashboard][static]") {
  auth_database db;
  auth_app app(db);
  auto js = app.call(auth_app::make(http::verb::get, "/assets/js/app.js"));
  REQUIRE(js.result() == http::status::ok);
  CHECK(js[http::beast_http::field::content_type] == "text/javascript; charset=utf-8");
  check_security_headers(js);
  auto css = app.call(auth_app::make(http::verb::get, "/assets/app.css"));
  CHECK(css[http::beast_http::field::content_type] == "text/css; charset=utf-8");
  auto chart = app.call(auth_app::make(http::verb::get, "/assets/vendor/chart.js"));
  REQUIRE(chart.result() == http::status::ok);
  CHECK(chart.body().find("Chart.js v") != std::string::npos);
}

TEST_CASE("An unchanged file answers 304 to its ETag", "[dashboard][static]") {
  auth_database db;
  auth_app app(db);
  auto first = app.call(auth_app::make(http::verb::get, "/assets/app.css"));
  std::string etag(first[http::beast_http::field::etag]);
  REQUIRE_FALSE(etag.empty());
  auto again = auth_app::make(http::verb::get, "/assets/app.css");
  again.set(http::beast_http::field::if_none_match, etag);
  auto res = app.call(std::move(again));
  CHECK(res.result() == http::status::not_modified);
  CHECK(res.body().empty());
}

TEST_CASE("Paths that try to leave the web root are refused", "[dashboard][static][security]") {
  auth_database db;
  auth_app app(db);
  for (const char* target : {"/assets/../../../etc/passwd", "/assets/%2e%2e/%2e%2e/etc/passwd", "/assets/js/../../CMakeLists.txt",
                             "/assets/.hidden", "/assets//etc/passwd", "/assets/js\\..\\app.css"}) {
    INFO(target);
    auto res = app.call(auth_app::make(http::verb::get, target));
    CHECK((res.result() == http::status::bad_request || res.result() == http::status::not_found));
    CHECK(res.body().find("root:") == std::string::npos);
    check_security_headers(res);
  }
  CHECK(app.call(auth_app::make(http::verb::get, "/assets/missing.js")).result() == http::status::not_found);
  CHECK(app.call(auth_app::make(http::verb::get, "/assets/index")).result() == http::status::not_found);
}

TEST_CASE("Relative paths are judged safe only when plain", "[dashboard][static]") {
  CHECK(dashboard::is_safe_relative_path("js/app.js"));
  CHECK(dashboard::is_safe_relative_path("app.css"));
  CHECK_FALSE(dashboard::is_safe_relative_path(""));
  CHECK_FALSE(dashboard::is_safe_relative_path("../x.js"));
  CHECK_FALSE(dashboard::is_safe_relative_path("js/../x.js"));
  CHECK_FALSE(dashboard::is_safe_relative_path("js//x.js"));
  CHECK_FALSE(dashboard::is_safe_relative_path("/etc/passwd"));
  CHECK_FALSE(dashboard::is_safe_relative_path("js/.x.js"));
  CHECK_FALSE(dashboard::is_safe_relative_path("a%2f.js"));
  CHECK_FALSE(dashboard::is_safe_relative_path(std::string_view("a\0b.js", 6)));
  CHECK(dashboard::content_type_for("x.svg") == "image/svg+xml");
  CHECK_FALSE(dashboard::content_type_for("x.sql"));
}
