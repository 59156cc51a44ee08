#include "server/http/compression.h"

#include <zlib.h>

#include <algorithm>
#include <cctype>
#include <stdexcept>

namespace storepulse::http {
namespace {

std::string_view trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

bool equals_ignoring_case(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

// Returns false when the coding's parameters hold q=0 (or 0.0, 0.000).
bool acceptable(std::string_view parameters) {
  while (!parameters.empty()) {
    auto semicolon = parameters.find(';');
    auto parameter = trim(parameters.substr(0, semicolon));
    parameters = semicolon == std::string_view::npos ? std::string_view() : parameters.substr(semicolon + 1);
    if (parameter.size() < 2 || (parameter[0] != 'q' && parameter[0] != 'Q') || parameter[1] != '=') continue;
    auto value = trim(parameter.substr(2));
    return !(value.size() >= 1 && value[0] == '0' && value.find_first_not_of("0.", 1) == std::string_view::npos);
  }
  return true;
}

}  // namespace

bool accepts_gzip(const request& req) {
  std::string_view header = req[beast_http::field::accept_encoding];
  bool star = false, named = false, gzip_ok = false;
  while (!header.empty()) {
    auto comma = header.find(',');
    auto item = trim(header.substr(0, comma));
    header = comma == std::string_view::npos ? std::string_view() : header.substr(comma + 1);
    auto semicolon = item.find(';');
    auto coding = trim(item.substr(0, semicolon));
    auto parameters = semicolon == std::string_view::npos ? std::string_view() : item.substr(semicolon + 1);
    if (equals_ignoring_case(coding, "gzip") || equals_ignoring_case(coding, "x-gzip")) {
      named = true;
      gzip_ok = acceptable(parameters);
    } else if (coding == "*") {
      star = acceptable(parameters);
    }
  }
  return named ? gzip_ok : star;
}

bool compressible(std::string_view content_type) {
  for (std::string_view kind : {"application/json", "text/", "application/javascript", "image/svg+xml"})
    if (content_type.substr(0, kind.size()) == kind) return true;
  return false;
}

namespace {

// 15 bits of window, +16 for the gzip wrapper; level 4 keeps a 9 MB report near 60 ms.
void start_gzip(z_stream& stream) {
  if (deflateInit2(&stream, 4, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
    throw std::runtime_error("gzip: the compressor could not start");
}

}  // namespace

std::string gzip(std::string_view data) {
  z_stream stream{};
  start_gzip(stream);
  std::string out;
  out.resize(deflateBound(&stream, static_cast<uLong>(data.size())));
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  stream.avail_in = static_cast<uInt>(data.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  int result = deflate(&stream, Z_FINISH);
  auto written = stream.total_out;
  deflateEnd(&stream);
  if (result != Z_STREAM_END) throw std::runtime_error("gzip: compression did not finish");
  out.resize(written);
  return out;
}

struct gzip_stream::state {
  z_stream stream{};
};

gzip_stream::gzip_stream() : state_(std::make_unique<state>()) { start_gzip(state_->stream); }

gzip_stream::~gzip_stream() { deflateEnd(&state_->stream); }

std::string gzip_stream::compress(std::string_view piece, bool last) {
  auto& stream = state_->stream;
  std::string out;
  // deflateBound covers a whole stream's header and trailer; a flush adds a few bytes more.
  out.resize(deflateBound(&stream, static_cast<uLong>(piece.size())) + 16);
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(piece.data()));
  stream.avail_in = static_cast<uInt>(piece.size());
  std::size_t written = 0;
  int result = Z_OK;
  do {
    if (written == out.size()) out.resize(out.size() * 2);
    stream.next_out = reinterpret_cast<Bytef*>(out.data() + written);
    stream.avail_out = static_cast<uInt>(out.size() - written);
    result = deflate(&stream, last ? Z_FINISH : Z_SYNC_FLUSH);
    written = out.size() - stream.avail_out;
    if (result == Z_STREAM_ERROR) throw std::runtime_error("gzip: compression failed");
    // A flush is complete when deflate leaves output space unused; a finish when it says so.
  } while (last ? result != Z_STREAM_END : stream.avail_out == 0);
  out.resize(written);
  return out;
}

}  // namespace storepulse::http
