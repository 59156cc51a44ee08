#include "server/auth/request_guard.h"

#include "server/auth/session_store.h"
#include "server/http/origin.h"
#include "server/http/responses.h"

namespace storepulse::auth {

bool changes_state(http::verb method) {
  return method == http::verb::post || method == http::verb::put || method == http::verb::patch ||
         method == http::verb::delete_;
}

bool refuse_cross_site(const app::services& services, const http::request& req, const http::respond_fn& respond) {
  if (http::from_same_origin(req, services.config.public_url)) return false;
  respond(http::make_error(req, http::status::forbidden, "cross_origin",
                           "This request came from another site and was refused."));
  return true;
}

bool has_access(const principal& who, access need) {
  switch (need) {
    case access::signed_in: return true;
    case access::scores: return who.may_see_scores();
    case access::hr_admin: return who.user_role == role::hr_admin;
    case access::kiosk_operator: return who.user_role == role::hr_admin || who.user_role == role::operator_role;
  }
  return false;
}

std::optional<principal> authorize(app::services& services, const http::request& req,
                                   const http::respond_fn& respond, access need) {
  if (changes_state(req.method()) && refuse_cross_site(services, req, respond)) return std::nullopt;
  auto who = services.sessions.authenticate(req);
  if (!who) {
    respond(http::make_error(req, http::status::unauthorized, "unauthenticated", "Sign in first."));
    return std::nullopt;
  }
  if (changes_state(req.method()) && !session_store::check_csrf(req, *who)) {
    respond(http::make_error(req, http::status::forbidden, "csrf", "Missing or wrong X-CSRF-Token."));
    return std::nullopt;
  }
  if (!has_access(*who, need)) {
    respond(http::make_error(req, http::status::forbidden, "forbidden", "Your role may not do this."));
    return std::nullopt;
  }
  return who;
}

}  // namespace storepulse::auth
