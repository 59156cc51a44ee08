#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <tuple>
#include <string>
#include <utility>
#include <vector>

#include "kiosk/core/model/clock.h"
#include "kiosk/core/model/intent.h"
#include "kiosk/core/model/kiosk_services.h"
#include "kiosk/core/model/question_rotation.h"
#include "kiosk/core/model/screen.h"
#include "kiosk/core/model/sync_mark.h"
#include "kiosk/core/model/text_catalog.h"
#include "kiosk/core/sync/enroll_outcome.h"
#include "storepulse/v1/kiosk.pb.h"

namespace storepulse::kiosk {

// Timings and secrets of the model; the configuration overrides idle, cooldown and the hourly cap
// when it sets them.
struct model_options {
  std::chrono::milliseconds repeat_window{400};
  std::chrono::seconds default_idle{30};
  // Without a tap for this long in a survey or a remediation log, the kiosk asks "Still there?"
  // and hides what was answered until someone says yes.
  std::chrono::seconds still_there_after{10};
  std::chrono::seconds default_cooldown{10};
  int default_hourly_cap = 12;  // surveys finished within an hour before the kiosk rests
  std::chrono::seconds thanks_duration{8};
  std::chrono::seconds operator_idle{120};
  int corner_taps = 5;
  std::chrono::seconds corner_window{3};
  std::string operator_pin;  // empty: the first person at the panel chooses one
  std::size_t pin_min_length = 6;
  int pin_tries = 5;                                       // wrong PINs before the keypad locks
  std::chrono::seconds pin_lockout{30};                    // the first lock; each further wrong PIN doubles it
  std::chrono::seconds pin_lockout_cap{std::chrono::minutes(30)};
  std::size_t rotation_start = 0;
  // How long the attract screen shows each shared plan, message or story before the next.
  std::chrono::seconds news_interval{8};
};

// One button of a choice screen: what it says and the value it sends.
struct choice {
  std::string label;
  int value;
};

// An organisation value in the shown language.
struct value_text {
  std::string name;
  std::string description;
};

// A "you said, we did" item in the shown language: a shared plan, HR's message or a success story.
struct news_text {
  storepulse::v1::StaffNewsKind kind = storepulse::v1::STAFF_NEWS_KIND_UNSPECIFIED;
  std::string heading;  // e.g. "You said, we did" or "Success story"
  std::string status;   // a plan's "In progress" or "Done"; empty for the others
  bool done = false;    // a plan that is done
  std::string text;     // plain text on one line, at most max_news_chars code points
};

// The longest news text the kiosk shows, in code points; the server's limits are lower.
inline constexpr std::size_t max_news_chars = 240;

// The kiosk's state machine. The UI reads it through getters and sends intents; nothing here
// knows about windows or pixels.
class kiosk_model {
 public:
  kiosk_model(kiosk_services& services, const clock& time, model_options options);

  // Replaces the configuration; a survey under way keeps the questions it started with.
  void set_config(std::optional<storepulse::v1::KioskConfig> config);
  // Replaces what the sync mark and the operator panel show.
  void set_sync(const sync_mark& mark);
  // Applies an intent; returns false when it was ignored (repeat filter, cooldown, wrong screen).
  bool apply(const intent& in);
  // Runs the timers: idle reset, end of thank-you screens, end of cooldown.
  void tick();
  // Returns when tick() next has something to do, so the window can sleep until then.
  std::optional<clock::time_point> next_deadline() const;
  // Takes the result of an enrollment started by an operator_enroll intent: why it failed, or how
  // many answers of the previous store were sent to it first or discarded.
  void enrollment_finished(const enroll_outcome& result);
  // Returns a number that changes whenever anything shown changes.
  std::uint64_t revision() const { return revision_; }

  // Returns the screen to show.
  screen current_screen() const { return screen_; }
  // Returns the language of the session under way, or the default one.
  const std::string& language() const { return language_; }
  // Returns the languages a person can choose, default first.
  std::vector<std::string> languages() const;
  // Returns a fixed string in the current language.
  std::string text(text_id id) const { return std::string(ui_text(id, language_)); }
  // Returns true once a configuration is known.
  bool has_config() const { return config_.has_value(); }
  // Returns the configuration; only valid when has_config().
  const storepulse::v1::KioskConfig& config() const { return *config_; }
  // Returns true while a new survey may not start yet.
  bool in_cooldown() const;
  // Returns the whole seconds until a survey may start after the last one, while it may not.
  std::optional<int> survey_ready_in() const;
  // Returns the whole seconds until the next remediation log may start, while it may not.
  std::optional<int> remediation_ready_in() const;
  // Returns true while the surveys finished in the last hour reach the hourly cap; someone
  // answering many times in a row must not outweigh the rest of a published group.
  bool at_hourly_cap() const;
  // Returns the organisation's values in the current language.
  std::vector<value_text> values() const;
  // Returns the thank-you sentence with this store's remediation limit.
  std::string limit_sentence() const;
  // Returns how many shared plans, messages and stories the configuration carries.
  std::size_t news_count() const { return config_ ? static_cast<std::size_t>(config_->staff_news_size()) : 0; }
  // Returns the 0-based position of the item the attract screen shows now; news_count() during
  // the values' own turn.
  std::size_t news_position() const { return news_index_; }
  // Returns the item the attract screen shows now, or nullopt when there is none or the values
  // have their turn.
  std::optional<news_text> attract_news() const;
  // Returns true when the attract rotation gives the values a turn of their own, because the screen
  // has no room for a news card and their meanings together.
  bool values_have_turn() const { return values_take_turns_ && news_count() > 0; }
  // Returns true while the values' own turn shows.
  bool values_turn() const { return values_have_turn() && news_index_ == news_count(); }
  // Returns the shared plan the thank-you screen shows ("Because of your answers: ..."), a
  // different one after each survey, or nullopt when no plan is shared.
  std::optional<news_text> thanks_news() const;
  // Returns whether a thank-you screen with room for one card only gives it to the shared plan
  // rather than the limit: after the first survey, and every other one after it.
  bool thanks_plan_first() const { return surveys_thanked_ % 2 == 1; }
  // Returns a notice for the attract screen (e.g. a failed save) in the current language, or empty.
  std::string notice() const { return notice_ ? text(*notice_) : std::string(); }

  // Returns the 0-based position of the current question in the session.
  std::size_t question_position() const { return position_; }
  // Returns how many questions this session asks.
  std::size_t question_count() const { return plan_.size(); }
  // Returns the current question; only valid on the question screen.
  const storepulse::v1::Question& current_question() const { return plan_.at(position_); }
  // Returns the current question's text in the current language.
  std::string question_text() const;
  // Returns the answer already given to the current question (after going back), if any and if
  // it was given since the last "Still there?": someone else's answers are never shown.
  std::optional<int> current_answer() const;
  // Returns true while the kiosk asks "Still there?" over a survey or remediation log.
  bool asking_still_there() const { return asking_still_there_; }
  // Returns the answer buttons of the current question.
  std::vector<choice> answer_choices() const;
  // Returns "Question n of m" in the current language.
  std::string progress_text() const;

  // Returns the remediation categories with their labels.
  std::vector<choice> remediation_categories() const;
  // Returns the remediation amount bands, labelled against this store's limit.
  std::vector<choice> amount_bands() const;

  // Returns how many PIN digits have been typed.
  std::size_t pin_length() const { return pin_entry_.size(); }
  // Returns how many recent taps of the hidden corner count towards opening the PIN screen.
  std::size_t corner_taps() const { return corner_taps_.size(); }
  // Returns true after a wrong PIN until the next digit.
  bool pin_rejected() const { return pin_rejected_; }
  // Returns the whole seconds the keypad stays locked after too many wrong PINs, while it is.
  std::optional<int> pin_locked_for() const;
  // Returns true while no PIN is set: the PIN typed now becomes the operator PIN.
  bool choosing_pin() const { return options_.operator_pin.empty(); }
  // Returns true while a chosen PIN waits to be typed again.
  bool confirming_pin() const { return !pin_chosen_.empty(); }
  // Returns the operator PIN's shortest length.
  std::size_t pin_min_length() const { return options_.pin_min_length; }
  // Returns the sync state shown by the mark and the operator panel.
  const sync_mark& sync() const { return sync_; }
  // Returns the result of the last operator action, for the operator panel.
  const std::string& operator_message() const { return operator_message_; }
  // Returns true while an enrollment is under way.
  bool enrolling() const { return enrolling_; }

 private:
  bool on_attract(const intent& in);
  // Returns how many turns the attract rotation has: the news items, and the values when they need one.
  std::size_t rotation_turns() const { return news_count() + (values_have_turn() ? 1 : 0); }
  bool set_values_turn(bool needed);
  bool on_question(const intent& in);
  bool on_remediation(const intent& in);
  bool on_operator(const intent& in);
  // Switches to an offered language; false for any other.
  bool choose_language(const std::string& language);
  void start_survey();
  void finish_survey();
  void finish_remediation(storepulse::v1::AmountBand band);
  void submit_pin();
  // Returns the seconds left until a deadline, rounded up, while it is in the future.
  std::optional<int> seconds_until(const std::optional<clock::time_point>& until) const;
  // Returns the next moment a countdown to until shows another number.
  std::optional<clock::time_point> next_second(const std::optional<clock::time_point>& until) const;
  // Returns what the attract screen shows that changes with time alone.
  std::tuple<std::optional<int>, std::optional<int>, bool> attract_waits() const;
  void go(screen next);
  void return_to_attract();
  std::chrono::seconds idle_limit() const;
  std::chrono::seconds cooldown() const;
  std::size_t hourly_cap() const;
  // Returns when the hourly cap lifts, or nullopt when it does not hold now.
  std::optional<clock::time_point> hourly_cap_until() const;
  std::string localized(const google::protobuf::RepeatedPtrField<storepulse::v1::LocalizedText>& texts) const;
  std::string amount(std::uint64_t minor) const;
  // Returns the configuration's news item at index in the current language.
  news_text news_at(std::size_t index) const;

  kiosk_services& services_;
  const clock& clock_;
  model_options options_;
  question_rotation rotation_;
  std::optional<storepulse::v1::KioskConfig> config_;
  sync_mark sync_;

  screen screen_ = screen::attract;
  std::string language_ = "en";
  std::uint64_t revision_ = 1;
  std::optional<text_id> notice_;

  std::vector<storepulse::v1::Question> plan_;
  std::vector<std::optional<int>> answers_;
  std::size_t position_ = 0;
  std::uint32_t plan_config_version_ = 0;
  storepulse::v1::RemediationCategory category_ = storepulse::v1::REMEDIATION_CATEGORY_UNSPECIFIED;

  clock::time_point last_activity_;
  clock::time_point screen_since_;
  std::optional<clock::time_point> last_tap_;
  std::optional<clock::time_point> survey_cooldown_until_;
  std::optional<clock::time_point> remediation_cooldown_until_;
  std::vector<clock::time_point> finished_surveys_;  // within the last hour, oldest first
  std::tuple<std::optional<int>, std::optional<int>, bool> shown_waits_;  // as attract last showed them
  std::optional<int> shown_pin_lock_;                                      // as the keypad last showed it
  std::vector<clock::time_point> corner_taps_;

  std::size_t news_index_ = 0;      // the item the attract screen shows
  bool values_take_turns_ = false;  // the values have a turn of their own after the news items
  clock::time_point news_since_;    // when it began to show
  std::size_t surveys_thanked_ = 0;  // picks the plan of the thank-you screen

  std::vector<bool> answered_since_prompt_;  // per question: answered after the last "Still there?"
  bool asking_still_there_ = false;

  std::string pin_entry_;
  std::string pin_chosen_;  // a new PIN typed once, waiting for the second time
  bool pin_rejected_ = false;
  int wrong_pins_ = 0;
  std::optional<clock::time_point> pin_locked_until_;
  std::string operator_message_;
  bool enrolling_ = false;
};

}  // namespace storepulse::kiosk
