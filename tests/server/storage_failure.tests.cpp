#include "tests/support/batch_builder.h"
#include "tests/support/enrolled_server.h"
#include "tests/support/eventually.h"
#include "tests/support/http_client.h"

#include <catch2/catch.hpp>

#include <sys/resource.h>

#include <filesystem>
#include <string>
#include <vector>

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

TEST_CASE("A disk that fills while the WAL is checkpointed gets 503, loses nothing acknowledged, and recovers without a restart",
          "[server][storage]") {
  // Checkpoints past 16 pages, so that one runs every few uploads.
  testing::enrolled_server s({"--wal-checkpoint-pages", "16"});
  const int port = s.server.port();
  std::vector<std::string> acknowledged;
  int seed = 1;
  // Returns the status of one more upload of 20 sessions, remembering their ids when stored.
  auto upload = [&] {
    auto batch = testing::valid_batch(seed, 20);
    seed += 20;
    auto reply = s.upload(batch.SerializeAsString());
    if (reply.status == 200)
      for (const auto& item : batch.submissions()) acknowledged.push_back(item.client_id());
    return reply.status;
  };
  while (testing::metric_value(port, "storepulse_wal_starts") < 1) REQUIRE(upload() == 200);

  // No file may grow past the database file's present size: the next checkpoint that copies a
  // page beyond its end fails as on a full disk, and the WAL soon cannot grow either.
  rlimit limit{static_cast<rlim_t>(std::filesystem::file_size(s.server.db_path())), RLIM_INFINITY};
  REQUIRE(prlimit(s.server.pid(), RLIMIT_FSIZE, &limit, nullptr) == 0);
  int status = 200;
  for (int attempt = 0; attempt < 500 && status == 200; ++attempt) status = upload();
  CHECK(status == 503);
  CHECK(s.server.log().find("checkpoint: ") != std::string::npos);
  CHECK(testing::http_send(port, "GET", "/readyz").status == 503);

  // Room again: the same process takes uploads and checkpoints again.
  const double starts = testing::metric_value(port, "storepulse_wal_starts");
  limit.rlim_cur = RLIM_INFINITY;
  REQUIRE(prlimit(s.server.pid(), RLIMIT_FSIZE, &limit, nullptr) == 0);
  CHECK(testing::eventually([&] { return http_send(port, "GET", "/readyz").status == 200; }, std::chrono::seconds(10)));
  CHECK(testing::eventually([&] { return upload() == 200 && testing::metric_value(port, "storepulse_wal_starts") > starts; },
                            std::chrono::seconds(20)));
  std::size_t missing = 0, doubled = 0;
  for (const auto& id : acknowledged) {
    const auto n = s.server.submissions_with_id(id);
    missing += n == 0;
    doubled += n > 1;
  }
  CHECK(missing == 0);
  CHECK(doubled == 0);
  CHECK(s.stored() == static_cast<std::int64_t>(acknowledged.size()));
  CHECK(s.server.query_number("SELECT COALESCE(SUM(sessions + quarantined), 0) FROM rollup_sessions") == s.stored());
  REQUIRE(s.server.stop() == 0);
  CHECK(s.server.query_number("SELECT count(*) FROM pragma_integrity_check WHERE integrity_check <> 'ok'") == 0);
}
