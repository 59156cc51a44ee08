#include "server/dashboard/dashboard_routes.h"

#include "server/dashboard/static_files.h"
#include "server/http/responses.h"

#include <memory>

namespace storepulse::dashboard {
namespace {

constexpr std::string_view assets_prefix = "/assets/";
constexpr std::string_view chartjs_name = "vendor/chart.js";
// Where Debian bookworm's libjs-chart.js (3.9) puts its UMD build, used when the configured
// path does not exist.
constexpr std::string_view debian_chartjs = "/usr/share/javascript/chart.js/chart.min.js";

// Chart.js draws on canvas and sets sizes through the CSSOM, so nothing inline is needed.
constexpr std::string_view content_security_policy =
    "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
    "frame-ancestors 'none'; form-action 'self'";

void add_security_headers(http::response& res) {
  res.set("Content-Security-Policy", content_security_policy);
  res.set("X-Content-Type-Options", "nosniff");
  res.set("Referrer-Policy", "no-referrer");
  res.set("X-Frame-Options", "DENY");
  res.set("Cross-Origin-Opener-Policy", "same-origin");
}

http::response file_response(const http::request& req, const static_file& file, std::string_view cache_control) {
  http::response res;
  auto match = req[http::beast_http::field::if_none_match];
  if (!match.empty() && std::string_view(match.data(), match.size()) == file.etag) {
    res = http::make_response(req, http::status::not_modified, "", file.content_type);
    res.erase(http::beast_http::field::content_type);
  } else {
    res = http::make_response(req, http::status::ok, file.body, file.content_type);
  }
  res.set(http::beast_http::field::etag, file.etag);
  res.set(http::beast_http::field::cache_control, cache_control);
  add_security_headers(res);
  return res;
}

http::response not_found(const http::request& req, http::status code) {
  auto res = http::make_error(req, code, code == http::status::bad_request ? "bad_path" : "not_found",
                              "No such file.");
  add_security_headers(res);
  return res;
}

}  // namespace

void add_dashboard_routes(http::router& router, app::services& services) {
  auto files = std::make_shared<static_files>(services.config.web_root);

  auto serve_index = [files](http::request&& req, http::respond_fn respond) {
    auto file = files->find("index.html");
    respond(file ? file_response(req, *file, "no-cache") : not_found(req, http::status::not_found));
  };
  router.add(http::verb::get, "/", serve_index, "dashboard");
  router.add(http::verb::get, "/index.html", serve_index, "dashboard");

  // Loaded once: the package's file only changes with an upgrade, which restarts the server.
  auto chartjs = static_files::load(services.config.chartjs_path);
  if (!chartjs) chartjs = static_files::load(std::string(debian_chartjs));

  router.add_prefix(
      http::verb::get, std::string(assets_prefix),
      [files, chartjs](http::request&& req, http::respond_fn respond) {
        auto path = http::target_path(req);
        auto relative = path.substr(assets_prefix.size());
        if (!is_safe_relative_path(relative)) {
          respond(not_found(req, http::status::bad_request));
          return;
        }
        if (relative == chartjs_name) {
          respond(chartjs ? file_response(req, *chartjs, "public, max-age=86400")
                          : not_found(req, http::status::not_found));
          return;
        }
        auto file = files->find(relative);
        respond(file ? file_response(req, *file, "no-cache") : not_found(req, http::status::not_found));
      },
      "dashboard_assets");
}

}  // namespace storepulse::dashboard
