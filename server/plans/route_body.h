#pragma once

#include "calendar/clock.h"
#include "server/app/services.h"
#include "server/http/message.h"
#include "server/ingest/writer.h"
#include "server/http/responses.h"
#include "server/plans/plan_validation.h"

#include <google/protobuf/util/json_util.h>

#include <cstdint>
#include <exception>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

// What the dashboard's write routes (plans, staff posts) share: ids in paths, bodies in JSON or
// Protobuf, and refusals that name the field.
namespace storepulse::plans {

// Returns a positive id, or nullopt for anything else.
std::optional<std::int64_t> parse_id(std::string_view text);

// Returns the refusal as an HTTP answer: 404, 403, 409, or 400/422 naming the field.
http::response error_response(const http::request& req, const plan_error& e);

// Returns Protobuf's JSON parse error with field names as the JSON has them: "(start_on)" to "startOn".
std::string json_error_text(std::string_view text);

// Returns the body as a message: binary Protobuf when sent as application/x-protobuf, else JSON
// (Protobuf's JSON mapping; unknown fields refused). Answers 400 naming the problem otherwise.
template <typename Message>
std::optional<Message> parse_body(const http::request& req, const http::respond_fn& respond) {
  Message message;
  auto type = req[http::beast_http::field::content_type];
  if (type.find("application/x-protobuf") != std::string_view::npos) {
    if (!message.ParseFromString(req.body())) {
      respond(
          http::make_error(req, http::status::bad_request, "malformed", "The body is not a valid Protobuf message."));
      return std::nullopt;
    }
    return message;
  }
  auto status = google::protobuf::util::JsonStringToMessage(req.body(), &message);
  if (!status.ok()) {
    respond(http::make_error(req, http::status::bad_request, "malformed",
                             "The body is not a valid " + std::string(Message::descriptor()->name()) + ": " +
                                 json_error_text(std::string(status.message()))));
    return std::nullopt;
  }
  return message;
}

// Runs change(db, now) on the writer, which returns the id of what it changed or why not; after
// the commit is durable answers with load(db, id, now) (a Message) and status success, or with
// the error (nothing written).
template <typename Message, typename Change, typename Load>
void answer_after_write(app::services& services, http::request&& req, http::respond_fn respond, http::status success,
                        Change change, Load load) {
  auto shared_req = std::make_shared<http::request>(std::move(req));
  struct outcome {
    std::optional<plan_error> error;
    Message message;
  };
  auto result = std::make_shared<outcome>();
  bool queued = services.writer.post(
      [result, change = std::move(change), load = std::move(load)](storage::database& db, ingest::rollup_accumulator&) {
        *result = outcome{};
        auto now = calendar::now_unix();
        std::variant<std::int64_t, plan_error> done = change(db, now);
        if (auto* e = std::get_if<plan_error>(&done)) {
          result->error = *e;
          return;
        }
        result->message = load(db, std::get<std::int64_t>(done), now);
      },
      [shared_req, respond, result, success](std::exception_ptr error) {
        if (error)
          respond(http::make_error(*shared_req, http::status::internal_server_error, "internal", "The request failed."));
        else if (result->error)
          respond(error_response(*shared_req, *result->error));
        else
          respond(http::make_negotiated(*shared_req, result->message, success));
      });
  if (!queued)
    respond(http::make_error(*shared_req, http::status::service_unavailable, "overloaded", "Try again shortly."));
}

}  // namespace storepulse::plans
