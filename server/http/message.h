#pragma once

#include <boost/beast/http/message.hpp>
#include <boost/beast/http/string_body.hpp>

#include <functional>
#include <string>
#include <utility>

namespace storepulse::http {

namespace beast_http = boost::beast::http;
using request = beast_http::request<beast_http::string_body>;
using response = beast_http::response<beast_http::string_body>;
using status = beast_http::status;
using verb = beast_http::verb;

// One piece of a streamed body. A failed piece ends the stream unfinished: the connection closes
// without the body's end, so that the client sees the answer as broken.
struct body_piece {
  std::string data;
  bool last = false;
  bool failed = false;
};

// Takes the next piece of a streamed body. Callable once, from any thread.
using piece_fn = std::function<void(body_piece)>;

// Makes the next piece of a streamed body and hands it to deliver, at once or later from another
// thread. The session asks for a piece only once the one before is written, so a slow client
// slows the production, and a client gone stops it.
using body_producer = std::function<void(piece_fn deliver)>;

// An answer: a whole response, or a response's header and a producer that streams its body.
struct answer {
  answer(response whole) : res(std::move(whole)) {}
  answer(response header, body_producer body) : res(std::move(header)), stream(std::move(body)) {}

  response res;
  body_producer stream;  // empty for a whole response
};

// Delivers the answer to a request. Callable once, from any thread: the session re-enters its
// own strand before writing.
using respond_fn = std::function<void(answer&&)>;

}  // namespace storepulse::http
