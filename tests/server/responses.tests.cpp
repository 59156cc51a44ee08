#include "server/http/responses.h"

#include <catch2/catch.hpp>

using namespace storepulse;

TEST_CASE("A resource's action is read from PREFIX{id}/{action} and nothing else", "[server][http]") {
  constexpr std::string_view prefix = "/api/v1/admin/users/";
  auto found = http::resource_action_of("/api/v1/admin/users/42/deactivate", prefix);
  REQUIRE(found);
  CHECK(found->id == 42);
  CHECK(found->action == "deactivate");
  for (std::string_view path : {"/api/v1/admin/users/42", "/api/v1/admin/users/42/", "/api/v1/admin/users//deactivate",
                                "/api/v1/admin/users/0/deactivate", "/api/v1/admin/users/-3/deactivate",
                                "/api/v1/admin/users/4x/deactivate", "/api/v1/admin/users/42/deactivate/now",
                                "/api/v1/admin/users/99999999999999999999/deactivate", "/api/v1/admin/kiosks/42/revoke"}) {
    INFO(path);
    CHECK_FALSE(http::resource_action_of(path, prefix));
  }
}
