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
    // HEAD is answered like GET; Beast drops the body of a HEAD answer's serialisation only
    // when told, so handlers see GET and the session strips the body.
    bool method_ok = r.method == req.method() || (req.method() == verb::head && r.method == verb::get);
    if (!method_ok) continue;
    if (!best || (!r.prefix && best->prefix) || (r.prefix && best->prefix && r.path.size() > best->path.size()))
      best = &r;
  }
  return best;
}

void router::handle(request&& req, respond_fn respond) const {
  bool path_known = false;
  const route* r = find(req, path_known);
  if (!r) {
    auto res = path_known ? make_error(req, status::method_not_allowed, "method_not_allowed",
                                       "this path does not accept " + std::string(req.method_string()))
                          : make_error(req, status::not_found, "not_found", "no such endpoint");
    if (metrics_) metrics_->count_request(path_known ? "method_not_allowed" : "not_found", res.result_int());
    respond(std::move(res));
    return;
  }
  if (metrics_) {
    respond = [inner = std::move(respond), m = metrics_, label = r->label](response&& res) {
      m->count_request(label, res.result_int());
      inner(std::move(res));
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
