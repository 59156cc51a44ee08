#include "server/kiosk_api/kiosk_routes.h"

#include "calendar/clock.h"
#include "server/app/reader_job.h"
#include "server/auth/random_token.h"
#include "server/http/client_address.h"
#include "server/http/metrics.h"
#include "server/http/responses.h"
#include "server/ingest/known_tokens.h"
#include "server/ingest/submission_store.h"
#include "server/ingest/writer.h"
#include "server/kiosk_api/config_builder.h"
#include "server/kiosk_api/enrollment.h"
#include "server/kiosk_api/enrollment_throttle.h"
#include "server/kiosk_api/kiosk_check_in.h"
#include "server/kiosk_api/kiosk_sync_route.h"
#include "server/storage/reader_pool.h"

#include <sodium.h>

#include <chrono>
#include <cstdio>
#include <memory>

namespace storepulse::kiosk_api {
namespace {

namespace field = boost::beast::http;

bool is_protobuf(const http::request& req) {
  auto type = req[field::field::content_type];
  std::string_view value(type.data(), type.size());
  value = value.substr(0, value.find(';'));
  return value == "application/x-protobuf" || value == "application/protobuf" || value == "application/octet-stream";
}

// Returns an error answer when the body is not a Protobuf upload, else nullopt.
std::optional<http::response> check_protobuf_body(const http::request& req) {
  if (!is_protobuf(req))
    return http::make_error(req, http::status::unsupported_media_type, "unsupported_media_type",
                            "send the body as application/x-protobuf");
  if (req.body().empty()) return http::make_error(req, http::status::bad_request, "empty_body", "the body is empty");
  return std::nullopt;
}

http::response protocol_mismatch(const http::request& req, std::uint32_t version) {
  return http::make_error(req, http::status::upgrade_required, "protocol_version",
                          "protocol version " + std::to_string(version) + " is not supported; this server speaks " +
                              std::to_string(v1::PROTOCOL_VERSION_CURRENT) + ": update the kiosk");
}

http::response unauthorized(const http::request& req, std::string_view message) {
  auto res = http::make_error(req, http::status::unauthorized, "unauthorized", message);
  res.set(field::field::www_authenticate, "Bearer");
  return res;
}

http::response overloaded(const http::request& req) {
  auto res = http::make_error(req, http::status::service_unavailable, "overloaded",
                              "the server is busy; retry after the indicated delay");
  res.set(field::field::retry_after, "1");
  return res;
}

http::response storage_failed(const http::request& req) {
  auto res = http::make_error(req, http::status::service_unavailable, "storage_unavailable",
                              "the answers could not be stored; nothing was kept, retry later");
  res.set(field::field::retry_after, "2");
  return res;
}

std::string etag_of(const std::string& bytes) {
  unsigned char hash[16];
  crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(), nullptr, 0);
  char hex[33];
  sodium_bin2hex(hex, sizeof hex, hash, sizeof hash);
  return "\"" + std::string(hex) + "\"";
}

http::response throttled(const http::request& req, std::chrono::seconds wait) {
  auto res = http::make_error(req, http::status::too_many_requests, "throttled",
                              "too many wrong enrollment codes from this address; retry after the indicated delay");
  res.set(field::field::retry_after, std::to_string(wait.count()));
  return res;
}

void handle_enroll(app::services& services, const std::shared_ptr<enrollment_throttle>& throttle,
                   http::request&& req, http::respond_fn respond) {
  if (auto error = check_protobuf_body(req)) return respond(std::move(*error));
  v1::EnrollRequest enroll_request;
  if (!enroll_request.ParseFromString(req.body()))
    return respond(http::make_error(req, http::status::bad_request, "malformed", "the body is not an EnrollRequest"));
  if (enroll_request.protocol_version() != v1::PROTOCOL_VERSION_CURRENT)
    return respond(protocol_mismatch(req, enroll_request.protocol_version()));
  if (enroll_request.code().empty() || enroll_request.code().size() > 64 || enroll_request.device_label().size() > 200)
    return respond(http::make_error(req, http::status::bad_request, "invalid_code", "the enrollment code is missing or too long"));
  auto prepared = prepare_enrollment(enroll_request);
  if (!prepared)
    return respond(http::make_error(req, http::status::bad_request, "invalid_nonce", "the device nonce must be 16 to 64 bytes"));

  auto address = http::client_address(req, services.proxies);
  if (auto wait = throttle->begin(address); wait.count() > 0) {
    services.metrics.add("storepulse_enrollments_throttled_total");
    return respond(throttled(req, wait));
  }
  auto request = std::make_shared<prepared_enrollment>(std::move(*prepared));
  auto answer = std::make_shared<std::optional<v1::EnrollResponse>>();
  auto shared_req = std::make_shared<http::request>(std::move(req));
  bool queued = services.writer.post(
      [request, answer](storage::database& db, ingest::rollup_accumulator&) {
        *answer = enroll(db, *request, calendar::now_unix());
      },
      [answer, shared_req, respond, throttle, address, &services](std::exception_ptr error) {
        throttle->finish(address, !error && !*answer);
        if (error) return respond(storage_failed(*shared_req));
        if (!*answer) return respond(unauthorized(*shared_req, "the enrollment code is unknown, already used or expired"));
        services.metrics.add("storepulse_kiosks_enrolled_total");
        respond(http::make_protobuf(*shared_req, **answer));
      });
  if (queued) return;
  throttle->finish(address, false);
  respond(overloaded(*shared_req));
}

void handle_config(app::services& services, const std::shared_ptr<ingest::submission_store>& store,
                   http::request&& req, http::respond_fn respond) {
  auto token = http::bearer_token(req);
  if (token.empty()) return respond(unauthorized(req, "a kiosk device token is required"));
  auto token_hash = auth::sha256(std::string(token));
  ingest::kiosk_report report{parse_queued(http::query_param(req, "queued")), parse_state(http::query_param(req, "state")),
                              parse_refused(http::query_param(req, "refused"))};
  auto shared_req = std::make_shared<http::request>(std::move(req));
  const bool posted = services.readers.post([shared_req, respond, token_hash, report, store,
                                             &services](storage::database& db) {
    const auto& r = *shared_req;
    try {
      auto kiosk = find_checking_kiosk(db, token_hash);
      if (!kiosk) return respond(unauthorized(r, "the device token is unknown or revoked: enroll the kiosk again"));
      record_check_in(services, store, *kiosk, report);
      auto config = build_kiosk_config(db, kiosk->location_id, services.config);
      if (!config) return respond(http::make_error(r, http::status::not_found, "not_found", "location not found"));
      auto bytes = config->SerializeAsString();
      auto etag = etag_of(bytes);
      if (r[field::field::if_none_match] == etag) {
        auto res = http::make_response(r, http::status::not_modified, "", "application/x-protobuf");
        res.set(field::field::etag, etag);
        return respond(std::move(res));
      }
      auto res = http::make_response(r, http::status::ok, std::move(bytes), "application/x-protobuf");
      res.set(field::field::etag, etag);
      respond(std::move(res));
    } catch (const std::exception& e) {
      std::fprintf(stderr, "kiosk config: %s\n", e.what());
      respond(storage_failed(r));
    }
  });
  if (!posted) respond(app::reader_refusal(services, *shared_req));
}

// Posts an upload whose token is known to be active; the writer checks it again.
void post_upload(app::services& services, const std::shared_ptr<ingest::submission_store>& store,
                 const std::shared_ptr<ingest::prepared_batch>& upload, const std::shared_ptr<http::request>& shared_req,
                 const http::respond_fn& respond) {
  auto outcome = std::make_shared<ingest::batch_outcome>();
  bool queued = services.writer.post(
      [store, upload, outcome](storage::database& db, ingest::rollup_accumulator& rollups) {
        *outcome = store->store(db, rollups, *upload);
      },
      [upload, outcome, shared_req, respond, &services](std::exception_ptr error) {
        const auto& original = *shared_req;
        if (error) {
          try {
            std::rethrow_exception(error);
          } catch (const std::exception& e) {
            std::fprintf(stderr, "submissions: batch not stored: %s\n", e.what());
          }
          return respond(storage_failed(original));
        }
        switch (outcome->result) {
          case ingest::batch_outcome::kind::unauthorized:
            return respond(unauthorized(original, "the device token is unknown or revoked: enroll the kiosk again"));
          case ingest::batch_outcome::kind::invalid:
            services.metrics.add("storepulse_batches_refused_total");
            return respond(http::make_error(original, http::status::unprocessable_entity, outcome->error->code,
                                            outcome->error->message, outcome->error->item_index));
          case ingest::batch_outcome::kind::stored: break;
        }
        auto& m = services.metrics;
        m.add("storepulse_submissions_accepted_total", static_cast<std::uint64_t>(outcome->stored));
        m.add("storepulse_submissions_duplicate_total", static_cast<std::uint64_t>(outcome->duplicates));
        m.add("storepulse_submissions_conflicting_total", static_cast<std::uint64_t>(outcome->conflicts));
        m.add("storepulse_submissions_quarantined_total", static_cast<std::uint64_t>(outcome->quarantined));
        m.add("storepulse_submissions_too_late_total", static_cast<std::uint64_t>(outcome->too_late));
        respond(http::make_protobuf(original, ingest::make_ack(upload->batch, *outcome)));
      });
  if (!queued) respond(overloaded(*shared_req));
}

void handle_submissions(app::services& services, const std::shared_ptr<ingest::submission_store>& store,
                        const std::shared_ptr<ingest::known_tokens>& known, http::request&& req,
                        http::respond_fn respond) {
  if (auto error = check_protobuf_body(req)) return respond(std::move(*error));
  auto token = http::bearer_token(req);
  if (token.empty()) return respond(unauthorized(req, "a kiosk device token is required"));
  v1::SubmissionBatch batch;
  if (!batch.ParseFromString(req.body()))
    return respond(http::make_error(req, http::status::bad_request, "malformed", "the body is not a SubmissionBatch"));
  if (batch.protocol_version() != v1::PROTOCOL_VERSION_CURRENT)
    return respond(protocol_mismatch(req, batch.protocol_version()));

  // Hashing happens here, off the writer's thread, which every upload waits for.
  auto token_hash = auth::sha256(std::string(token));
  auto upload = std::make_shared<ingest::prepared_batch>(
      ingest::prepare_batch(std::move(batch), token_hash, calendar::now_unix()));
  auto shared_req = std::make_shared<http::request>(std::move(req));
  shared_req->body().clear();
  if (known->contains(token_hash)) return post_upload(services, store, upload, shared_req, respond);
  // A token the writer does not hold as active is looked up on a reader first, so that made-up
  // and revoked tokens never become writer jobs.
  const bool posted = services.readers.post([&services, store, upload, shared_req, respond](storage::database& db) {
    bool active = false;
    try {
      active = find_checking_kiosk(db, upload->token_hash).has_value();
    } catch (const std::exception& e) {
      std::fprintf(stderr, "submissions: token not checked: %s\n", e.what());
      return respond(storage_failed(*shared_req));
    }
    if (!active) return respond(unauthorized(*shared_req, "the device token is unknown or revoked: enroll the kiosk again"));
    post_upload(services, store, upload, shared_req, respond);
  });
  if (!posted) respond(app::reader_refusal(services, *shared_req));
}

}  // namespace

void add_kiosk_routes(http::router& router, app::services& services) {
  ingest::ingest_limits limits{services.config.max_answer_age_days, services.config.daily_cap_factor,
                               services.config.daily_cap_min};
  auto known = std::make_shared<ingest::known_tokens>();
  // The store outlives every job that uses it, and the set outlives the store: both are held by
  // the routes, which live as long as the router.
  auto store = std::make_shared<ingest::submission_store>(limits, known.get());
  services.writer.on_rollback([store] { store->forget(); });
  auto throttle = std::make_shared<enrollment_throttle>();
  router.add(http::verb::post, "/api/v1/kiosk/enroll",
             [&services, throttle](http::request&& req, http::respond_fn respond) {
               handle_enroll(services, throttle, std::move(req), std::move(respond));
             });
  router.add(http::verb::get, "/api/v1/kiosk/config", [&services, store](http::request&& req, http::respond_fn respond) {
    handle_config(services, store, std::move(req), std::move(respond));
  });
  router.add(http::verb::post, "/api/v1/kiosk/submissions",
             [&services, store, known](http::request&& req, http::respond_fn respond) {
               handle_submissions(services, store, known, std::move(req), std::move(respond));
             });
  add_kiosk_sync_route(router, services);
}

}  // namespace storepulse::kiosk_api
