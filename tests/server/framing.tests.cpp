#include "server/http/framing.h"

#include <catch2/catch.hpp>

using namespace storepulse;

namespace {

http::request with_fields(std::initializer_list<std::pair<http::beast_http::field, const char*>> fields,
                          unsigned version = 11) {
  http::request req{http::verb::post, "/api/v1/kiosk/submissions", version};
  for (const auto& [name, value] : fields) req.insert(name, value);
  return req;
}

using field = http::beast_http::field;

}  // namespace

TEST_CASE("Framing with a single chunked coding or a Content-Length alone is sound", "[server][http][framing]") {
  CHECK_FALSE(http::check_framing(with_fields({})));
  CHECK_FALSE(http::check_framing(with_fields({{field::content_length, "12"}})));
  CHECK_FALSE(http::check_framing(with_fields({{field::transfer_encoding, "chunked"}})));
  CHECK_FALSE(http::check_framing(with_fields({{field::transfer_encoding, "Chunked"}})));
}

TEST_CASE("Framing that a proxy could read otherwise is refused and closes the connection", "[server][http][framing]") {
  auto refused = [](const http::request& req) {
    auto res = http::check_framing(req);
    REQUIRE(res);
    CHECK_FALSE(res->keep_alive());
    CHECK(res->body().find("\"error\"") != std::string::npos);
    return res->result_int();
  };
  CHECK(refused(with_fields({{field::transfer_encoding, "gzip"}})) == 400);
  CHECK(refused(with_fields({{field::transfer_encoding, "identity"}})) == 400);
  CHECK(refused(with_fields({{field::transfer_encoding, "xchunked"}})) == 400);
  CHECK(refused(with_fields({{field::transfer_encoding, "chunked, gzip"}})) == 400);
  CHECK(refused(with_fields({{field::transfer_encoding, "chunked, chunked"}})) == 400);
  CHECK(refused(with_fields({{field::transfer_encoding, "chunked"}, {field::transfer_encoding, "gzip"}})) == 400);
  CHECK(refused(with_fields({{field::transfer_encoding, ""}})) == 400);
  CHECK(refused(with_fields({{field::transfer_encoding, "chunked"}, {field::content_length, "5"}})) == 400);
  CHECK(refused(with_fields({{field::transfer_encoding, "chunked"}}, 10)) == 400);
  // A coding this server does not implement, under chunked.
  CHECK(refused(with_fields({{field::transfer_encoding, "gzip, chunked"}})) == 501);
}
