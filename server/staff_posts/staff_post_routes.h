#pragma once

#include "server/app/services.h"
#include "server/http/router.h"

namespace storepulse::staff_posts {

// Adds the routes of success stories and HR's messages under /api/v1/staff-posts: list (GET,
// ?location=ID, &withdrawn=1), get (GET /{id}), post (POST) and withdraw (POST /{id}/withdraw).
// HR reaches every post, managers their stores' stories and read those for every store,
// operators none; another store's post answers 404. Changes need the CSRF token.
void add_staff_post_routes(http::router& router, app::services& services);

}  // namespace storepulse::staff_posts
