#pragma once

#include <boost/beast/http/message.hpp>
#include <boost/beast/http/string_body.hpp>

#include <functional>

namespace storepulse::http {

namespace beast_http = boost::beast::http;
using request = beast_http::request<beast_http::string_body>;
using response = beast_http::response<beast_http::string_body>;
using status = beast_http::status;
using verb = beast_http::verb;

// Delivers the answer to a request. Callable once, from any thread: the session re-enters its
// own strand before writing.
using respond_fn = std::function<void(response&&)>;

}  // namespace storepulse::http
