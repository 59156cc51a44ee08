#pragma once

#include "server/http/message.h"

#include <memory>
#include <string>
#include <string_view>

namespace storepulse::http {

// Returns true when the request's Accept-Encoding takes gzip (named, or "*", without q=0).
bool accepts_gzip(const request& req);

// Returns true for content types worth compressing: JSON, CSV, text, JavaScript, CSS, SVG.
bool compressible(std::string_view content_type);

// Returns the data compressed in the gzip format (RFC 1952).
std::string gzip(std::string_view data);

// Compresses a body that comes in pieces as one gzip stream. Each piece's output ends on a flush,
// so that a client can decompress everything it has received so far.
class gzip_stream {
 public:
  gzip_stream();
  ~gzip_stream();
  gzip_stream(const gzip_stream&) = delete;
  gzip_stream& operator=(const gzip_stream&) = delete;

  // Returns the compressed form of the next piece; last ends the stream with gzip's trailer.
  std::string compress(std::string_view piece, bool last);

 private:
  struct state;
  std::unique_ptr<state> state_;
};

}  // namespace storepulse::http
