#include "server/http/router.h"

#include "server/http/metrics.h"
#include "server/http/responses.h"

namespace storepulse::http {

void router::add(verb method, std::string path, handler h, std::string label) {
  if (label.empty()) label = path;
  routes_.push_back({method, std::move(path), false, std::move(h), std::move(label)});
}

void router::add_prefix(verb method, std::string prefix, handler h, std::string label) {
  if (label.empty()) label = prefix + "*";
  routes_.push_back({method, std::move(prefix), true, std::move(h), std::move(label)});
}

const router::route* router::find(const request& req, bool& path_known) const {
  auto path = target_path(req);
  const route* best = nullptr;
  path_known = false;
  for (const auto& r : routes_) {
    bool matches = r.prefix ? path.starts_with(r.path) : path == r.path;
    if (!matches) continue;
    path_known = true;
    // A GET route answers HEAD too; the session sends the answer's headers without its body.
    bool method_ok = r.method == req.method() || (req.method() == verb::head && r.method == verb::get);
    if (!method_ok) continue;
    if (!best || (!r.prefix && best->prefix) || (r.prefix && best->prefix && r.path.size() > best->path.size()))
      best = &r;
  }
  return best;
}

std::string router::allowed_methods(const request& req) const {
  auto path = target_path(req);
  std::string allowed;
  for (const auto& r : routes_) {
    if (!(r.prefix ? path.starts_with(r.path) : path == r.path)) continue;
    auto name = std::string(beast_http::to_string(r.method));
    if (allowed.find(name) != std::string::npos) continue;
    allowed += (allowed.empty() ? "" : ", ") + name;
    if (r.method == verb::get) allowed += ", HEAD";
  }
  return allowed;
}

void router::add_header_to_answers(std::string name, std::string value) {
  answer_headers_.emplace_back(std::move(name), std::move(value));
}

void router::handle(request&& req, respond_fn respond) const {
  if (!answer_headers_.empty()) {
    // The headers live as long as the router, which outlives every request.
    respond = [inner = std::move(respond), headers = &answer_headers_](answer&& a) {
      for (const auto& header : *headers) a.res.set(header.first, header.second);
      inner(std::move(a));
    };
  }
  bool path_known = false;
  const route* r = find(req, path_known);
  if (!r) {
    auto res = path_known ? make_error(req, status::method_not_allowed, "method_not_allowed",
                                       "this path does not accept " + std::string(req.method_string()))
                          : make_error(req, status::not_found, "not_found", "no such endpoint");
    if (path_known) res.set(beast_http::field::allow, allowed_methods(req));
    if (metrics_) metrics_->count_request(path_known ? "method_not_allowed" : "not_found", res.result_int());
    respond(std::move(res));
    return;
  }
  if (metrics_) {
    // Routes live as long as the router, which outlives every request.
    respond = [inner = std::move(respond), m = metrics_, label = &r->label](answer&& a) {
      m->count_request(*label, a.res.result_int());
      inner(std::move(a));
    };
  }
  request error_shape;
  error_shape.version(req.version());
  error_shape.keep_alive(false);
  try {
    r->h(std::move(req), respond);
  } catch (const std::exception&) {
    // A handler that throws before answering still gets its caller an answer.
    respond(make_error(error_shape, status::internal_server_error, "internal", "internal error"));
  }
}

}  // namespace storepulse::http
