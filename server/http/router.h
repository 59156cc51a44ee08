#pragma once

#include "server/http/message.h"

#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace storepulse::http {

class metrics;

// Maps method and path to a handler: a plain function from request to response, with no socket
// in it. A handler answers exactly once through respond, possibly later and from another thread.
class router {
 public:
  using handler = std::function<void(request&& req, respond_fn respond)>;

  explicit router(std::shared_ptr<metrics> metrics = nullptr) : metrics_(std::move(metrics)) {}

  // Adds a handler for one exact path; label names the route in metrics.
  void add(verb method, std::string path, handler h, std::string label = {});
  // Adds a handler for every path that starts with prefix (longest prefix wins).
  void add_prefix(verb method, std::string prefix, handler h, std::string label = {});

  // Adds a header to every answer the router gives, its 404s and 405s included.
  void add_header_to_answers(std::string name, std::string value);

  // Dispatches; answers 404 for an unknown path and 405 for a known path with another method.
  void handle(request&& req, respond_fn respond) const;

 private:
  struct route {
    verb method;
    std::string path;
    bool prefix;
    handler h;
    std::string label;
  };
  const route* find(const request& req, bool& path_known) const;
  std::string allowed_methods(const request& req) const;

  std::vector<route> routes_;
  std::vector<std::pair<std::string, std::string>> answer_headers_;
  std::shared_ptr<metrics> metrics_;
};

}  // namespace storepulse::http
