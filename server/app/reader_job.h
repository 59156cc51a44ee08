#pragma once

#include "server/app/services.h"
#include "server/http/message.h"
#include "server/http/responses.h"
#include "server/storage/reader_pool.h"

#include <exception>
#include <memory>
#include <string>

namespace storepulse::app {

// Returns the answer to a request the reader pool did not take: 503 "stopping" once the server
// stops, else 503 "busy" (its queue is full); both with Retry-After.
inline http::response reader_refusal(const services& services, const http::request& req) {
  return services.readers.stopping() ? http::make_stopping(req) : http::make_busy(req);
}

// Runs build(db, request) on a reader thread, in one read snapshot so that every part of an
// answer shows the same data, and answers with its result. A failure answers 500 with
// failure_message and no detail; a stopping server answers 503.
template <typename Build>
void run_on_reader(services& services, http::request&& req, http::respond_fn respond, Build build,
                   std::string failure_message = "The request failed.") {
  auto shared_req = std::make_shared<http::request>(std::move(req));
  bool queued = services.readers.post([shared_req, respond, build = std::move(build),
                                       failure_message = std::move(failure_message)](storage::database& db) {
    try {
      storage::read_snapshot snapshot(db);
      respond(build(db, *shared_req));
    } catch (const std::exception&) {
      respond(http::make_error(*shared_req, http::status::internal_server_error, "internal", failure_message));
    }
  });
  if (!queued) respond(reader_refusal(services, *shared_req));
}

}  // namespace storepulse::app
