#include "tests/support/batch_builder.h"
#include "tests/support/enrolled_server.h"
#include "tests/support/eventually.h"
#include "tests/support/http_client.h"

#include <catch2/catch.hpp>

#include <sys/resource.h>

#include <filesystem>

using namespace storepulse;
using testing::http_send;

TEST_CASE("Readiness reports 503 while commits fail for storage, and comes back once the storage takes writes",
          "[server][http][storage]") {
  testing::enrolled_server s;
  const int port = s.server.port();
  REQUIRE(s.upload(testing::valid_batch(1, 1).SerializeAsString()).status == 200);
  REQUIRE(http_send(port, "GET", "/readyz").status == 200);

  // A file-size limit at the WAL's present size: the next commit cannot append to it, as on a
  // full disk.
  rlimit limit{static_cast<rlim_t>(std::filesystem::file_size(s.server.db_path() + "-wal")), RLIM_INFINITY};
  REQUIRE(prlimit(s.server.pid(), RLIMIT_FSIZE, &limit, nullptr) == 0);
  auto failed = s.upload(testing::valid_batch(2, 5).SerializeAsString());
  CHECK(failed.status == 503);
  CHECK(failed.headers.count("retry-after") == 1);
  auto ready = http_send(port, "GET", "/readyz");
  CHECK(ready.status == 503);
  CHECK(ready.body.find("storage") != std::string::npos);
  CHECK(ready.headers.count("retry-after") == 1);
  CHECK(testing::metric_value(port, "storepulse_storage_failing") == 1);

  // Room again: readiness returns without waiting for an upload to find out.
  limit.rlim_cur = RLIM_INFINITY;
  REQUIRE(prlimit(s.server.pid(), RLIMIT_FSIZE, &limit, nullptr) == 0);
  CHECK(testing::eventually([&] { return http_send(port, "GET", "/readyz").status == 200; }, std::chrono::seconds(10)));
  CHECK(s.upload(testing::valid_batch(2, 5).SerializeAsString()).status == 200);
  CHECK(s.stored() == 6);
}
