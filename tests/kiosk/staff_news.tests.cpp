// "You said, we did" in the kiosk model: the attract screen rotates the shared plans, messages and
// stories on a redraw deadline, and the thank-you screen names one shared plan.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "kiosk/core/model/kiosk_model.h"
#include "tests/kiosk/model_bench.h"

using namespace storepulse::testing::model_bench;

namespace {

v1::StaffNews* add_news(v1::KioskConfig& c, v1::StaffNewsKind kind, const std::string& en, const std::string& es,
                        v1::StaffNewsStatus status = v1::STAFF_NEWS_STATUS_NONE) {
  auto* item = c.add_staff_news();
  item->set_kind(kind);
  item->set_status(status);
  add_text(item->mutable_text(), en, es);
  return item;
}

// Two plans (one done), a message and a story.
v1::KioskConfig config_with_news() {
  auto c = sample_config();
  add_news(c, v1::STAFF_NEWS_KIND_PLAN, "The limit is on every till.", "El l\u00edmite est\u00e1 en cada caja.",
           v1::STAFF_NEWS_STATUS_IN_PROGRESS);
  add_news(c, v1::STAFF_NEWS_KIND_PLAN, "Briefings every Monday.", "Reuniones cada lunes.", v1::STAFF_NEWS_STATUS_DONE);
  add_news(c, v1::STAFF_NEWS_KIND_MESSAGE, "Thank you all for a great season.", "Gracias a todos por la temporada.");
  add_news(c, v1::STAFF_NEWS_KIND_STORY, "Ana drove a forgotten cake to a wedding.", "Ana llev\u00f3 una tarta a una boda.");
  return c;
}

// Lets the clock run to each deadline the model names, as the idle window does; returns the
// texts shown on the attract screen, the first one included.
std::vector<std::string> watch_rotation(fixture& f, int deadlines) {
  std::vector<std::string> shown{f.model.attract_news()->text};
  for (int i = 0; i < deadlines; ++i) {
    const auto deadline = f.model.next_deadline();
    REQUIRE(deadline.has_value());
    REQUIRE(*deadline > f.time.now());
    f.time.advance(std::chrono::duration_cast<std::chrono::milliseconds>(*deadline - f.time.now()));
    const auto revision = f.model.revision();
    f.model.tick();
    CHECK(f.model.revision() != revision);
    shown.push_back(f.model.attract_news()->text);
  }
  return shown;
}

}  // namespace

TEST_CASE("The attract screen rotates shared plans, messages and stories, each for its interval", "[kiosk][model][news]") {
  fixture f(config_with_news());
  REQUIRE(f.model.news_count() == 4);
  const auto start = f.time.now();
  const auto shown = watch_rotation(f, 5);
  CHECK(shown == std::vector<std::string>{"The limit is on every till.", "Briefings every Monday.",
                                          "Thank you all for a great season.", "Ana drove a forgotten cake to a wedding.",
                                          "The limit is on every till.", "Briefings every Monday."});
  // Each stayed the whole interval: five changes took five intervals, no redraw in between.
  CHECK(f.time.now() - start == 5 * fixture::options().news_interval);

  SECTION("in the chosen language, with a plan's status") {
    f.tap(intent::with_text(intent_kind::choose_language, "es"));
    const auto news = f.model.attract_news();
    REQUIRE(news);
    CHECK(news->kind == v1::STAFF_NEWS_KIND_PLAN);
    CHECK(news->text == "Reuniones cada lunes.");
    CHECK(news->status == "Hecho");
    CHECK(news->done);
    CHECK(news->heading == "Lo dijeron, lo hicimos");
  }
  SECTION("a tick late by several intervals skips to the item due now") {
    f.time.advance(fixture::options().news_interval * 2 + 1s);
    f.model.tick();
    CHECK(f.model.attract_news()->text == "Ana drove a forgotten cake to a wedding.");
  }
}

TEST_CASE("A single news item or none asks for no redraw, and a refresh that drops the shown item starts again",
          "[kiosk][model][news]") {
  auto c = sample_config();
  fixture f(c);
  CHECK_FALSE(f.model.attract_news());
  CHECK_FALSE(f.model.next_deadline());
  add_news(c, v1::STAFF_NEWS_KIND_STORY, "One story.", "Una historia.");
  f.model.set_config(c);
  REQUIRE(f.model.attract_news());
  CHECK(f.model.attract_news()->heading == "Success story");
  CHECK(f.model.attract_news()->status.empty());
  CHECK_FALSE(f.model.next_deadline());

  fixture g(config_with_news());
  g.time.advance(fixture::options().news_interval * 3);
  g.model.tick();
  REQUIRE(g.model.news_position() == 3);
  g.model.set_config(c);
  CHECK(g.model.news_position() == 0);
  CHECK(g.model.attract_news()->text == "One story.");
}

TEST_CASE("Where the attract screen has no room for a card and the values together, the values take a turn of their own",
          "[kiosk][model][news]") {
  fixture f(config_with_news());
  const auto revision = f.model.revision();
  // The screen's report is not a tap: it does not count as activity, and a repeat changes nothing.
  CHECK(f.model.apply(intent::with_value(intent_kind::values_need_turn, 1)));
  CHECK(f.model.revision() == revision + 1);
  CHECK_FALSE(f.model.apply(intent::with_value(intent_kind::values_need_turn, 1)));
  CHECK(f.model.revision() == revision + 1);

  // Four items, then the values, each for its interval, then the first item again.
  std::vector<std::string> shown;
  for (int turn = 0; turn < 6; ++turn) {
    const auto news = f.model.attract_news();
    shown.push_back(news ? news->text : f.model.values_turn() ? "(values)" : "(nothing)");
    const auto deadline = f.model.next_deadline();
    REQUIRE(deadline.has_value());
    CHECK(*deadline - f.time.now() == fixture::options().news_interval);
    f.time.advance(fixture::options().news_interval);
    f.model.tick();
  }
  CHECK(shown == std::vector<std::string>{"The limit is on every till.", "Briefings every Monday.",
                                          "Thank you all for a great season.", "Ana drove a forgotten cake to a wedding.",
                                          "(values)", "The limit is on every till."});

  SECTION("with a single item, the item and the values alternate") {
    auto c = sample_config();
    add_news(c, v1::STAFF_NEWS_KIND_STORY, "One story.", "Una historia.");
    fixture g(c);
    g.model.apply(intent::with_value(intent_kind::values_need_turn, 1));
    REQUIRE(g.model.next_deadline().has_value());
    g.time.advance(fixture::options().news_interval);
    g.model.tick();
    CHECK(g.model.values_turn());
    CHECK_FALSE(g.model.attract_news());
    g.time.advance(fixture::options().news_interval);
    g.model.tick();
    CHECK(g.model.attract_news()->text == "One story.");
  }
  SECTION("once the card and the values fit together again (another language), the turn goes") {
    for (int turn = 0; turn < 5 && !f.model.values_turn(); ++turn) {
      f.time.advance(fixture::options().news_interval);
      f.model.tick();
    }
    REQUIRE(f.model.values_turn());
    CHECK(f.model.apply(intent::with_value(intent_kind::values_need_turn, 0)));
    CHECK_FALSE(f.model.values_turn());
    CHECK(f.model.attract_news()->text == "The limit is on every till.");
  }
  SECTION("without news there is no turn to take") {
    fixture g(sample_config());
    g.model.apply(intent::with_value(intent_kind::values_need_turn, 1));
    CHECK_FALSE(g.model.values_turn());
    CHECK_FALSE(g.model.next_deadline());
  }
}

TEST_CASE("The thank-you screen names a shared plan, another one after each survey", "[kiosk][model][news]") {
  fixture f(config_with_news());
  f.finish_survey_with(-1);
  REQUIRE(f.model.current_screen() == screen::thank_you);
  auto first = f.model.thanks_news();
  REQUIRE(first);
  CHECK(first->kind == v1::STAFF_NEWS_KIND_PLAN);
  // Where the screen has room for one card only, the plan and the limit take turns, the plan first.
  CHECK(f.model.thanks_plan_first());
  f.tap(intent::of(intent_kind::finish));
  f.time.advance(std::chrono::seconds(f.model.config().cooldown_seconds()));
  f.finish_survey_with(-1);
  auto second = f.model.thanks_news();
  REQUIRE(second);
  CHECK(second->kind == v1::STAFF_NEWS_KIND_PLAN);
  CHECK(second->text != first->text);
  CHECK_FALSE(f.model.thanks_plan_first());

  SECTION("none without a shared plan, even with a story") {
    auto c = sample_config();
    add_news(c, v1::STAFF_NEWS_KIND_STORY, "A story.", "Una historia.");
    fixture g(c);
    g.finish_survey_with(-1);
    CHECK_FALSE(g.model.thanks_news());
  }
}

TEST_CASE("News text from the server is kept to one plain line of bounded length", "[kiosk][model][news]") {
  auto c = sample_config();
  add_news(c, v1::STAFF_NEWS_KIND_MESSAGE, "Line one\nline\ttwo\x1b[31m" + std::string(400, 'x'), "x");
  fixture f(c);
  const auto news = f.model.attract_news();
  REQUIRE(news);
  CHECK(news->text.find_first_of("\n\t\x1b") == std::string::npos);
  CHECK(news->text.rfind("Line one line two [31m", 0) == 0);
  CHECK(news->text.size() == max_news_chars + std::string("\u2026").size());
}
