#include "kiosk/core/model/kiosk_model.h"

#include "kiosk/core/sync/server_address.h"

#include <algorithm>
#include <exception>
#include <utility>

namespace storepulse::kiosk {

namespace v1 = storepulse::v1;

kiosk_model::kiosk_model(kiosk_services& services, const clock& time, model_options options)
    : services_(services),
      clock_(time),
      options_(std::move(options)),
      rotation_(options_.rotation_start),
      last_activity_(time.now()),
      screen_since_(time.now()),
      news_since_(time.now()) {}

void kiosk_model::set_config(std::optional<v1::KioskConfig> config) {
  const bool language_was_default = language_ == languages().front();
  config_ = std::move(config);
  // A refresh keeps the rotation where it is unless the item shown is gone.
  if (news_index_ >= rotation_turns()) news_index_ = 0;
  if (screen_ == screen::attract && language_was_default) language_ = languages().front();
  ++revision_;
}

void kiosk_model::set_sync(const sync_mark& mark) {
  if (mark == sync_) return;
  sync_ = mark;
  ++revision_;
}

std::vector<std::string> kiosk_model::languages() const {
  if (config_ && config_->languages_size() > 0) {
    return {config_->languages().begin(), config_->languages().end()};
  }
  return catalog_languages();
}

bool kiosk_model::set_values_turn(bool needed) {
  if (needed == values_take_turns_) return false;
  values_take_turns_ = needed;
  if (news_index_ >= rotation_turns()) news_index_ = 0;
  ++revision_;
  return true;
}

bool kiosk_model::apply(const intent& in) {
  // The screen's own report, not a person's tap: it neither counts as activity nor waits for one.
  if (in.kind == intent_kind::values_need_turn) return set_values_turn(in.value != 0);
  const clock::time_point now = clock_.now();
  last_activity_ = now;
  if (is_tap(in.kind)) {
    // A double tap must not answer two questions: taps closer than the window count once.
    if (last_tap_ && now - *last_tap_ < options_.repeat_window) return false;
  }
  bool accepted = false;
  if (asking_still_there_) {
    // Only the two answers to "Still there?" count; a language may still be chosen.
    if (in.kind == intent_kind::still_here) {
      asking_still_there_ = false;
      std::fill(answered_since_prompt_.begin(), answered_since_prompt_.end(), false);
      accepted = true;
    } else if (in.kind == intent_kind::start_over) {
      return_to_attract();
      accepted = true;
    } else if (in.kind == intent_kind::choose_language) {
      accepted = choose_language(in.text);
    }
    if (accepted) {
      if (is_tap(in.kind)) last_tap_ = now;
      ++revision_;
    }
    return accepted;
  }
  switch (screen_) {
    case screen::attract: accepted = on_attract(in); break;
    case screen::question: accepted = on_question(in); break;
    case screen::thank_you:
    case screen::remediation_thanks:
      if (in.kind == intent_kind::finish) {
        return_to_attract();
        accepted = true;
      }
      break;
    case screen::remediation_category:
    case screen::remediation_amount: accepted = on_remediation(in); break;
    case screen::operator_pin:
    case screen::operator_panel: accepted = on_operator(in); break;
  }
  if (accepted) {
    if (is_tap(in.kind)) last_tap_ = now;
    ++revision_;
  }
  return accepted;
}

bool kiosk_model::choose_language(const std::string& language) {
  const auto offered = languages();
  if (std::find(offered.begin(), offered.end(), language) == offered.end()) return false;
  language_ = language;
  return true;
}

bool kiosk_model::on_attract(const intent& in) {
  switch (in.kind) {
    case intent_kind::start_survey:
      if (!config_ || config_->questions_size() == 0 || in_cooldown() || at_hourly_cap()) return false;
      start_survey();
      return true;
    case intent_kind::choose_language:
      return choose_language(in.text);
    case intent_kind::start_remediation: {
      if (!config_) return false;
      if (remediation_cooldown_until_ && clock_.now() < *remediation_cooldown_until_) return false;
      notice_.reset();
      go(screen::remediation_category);
      return true;
    }
    case intent_kind::operator_corner_tap: {
      const clock::time_point now = clock_.now();
      std::erase_if(corner_taps_, [&](clock::time_point t) { return now - t > options_.corner_window; });
      corner_taps_.push_back(now);
      if (static_cast<int>(corner_taps_.size()) < options_.corner_taps) return false;
      corner_taps_.clear();
      pin_entry_.clear();
      pin_rejected_ = false;
      go(screen::operator_pin);
      return true;
    }
    default:
      return false;
  }
}

bool kiosk_model::on_question(const intent& in) {
  switch (in.kind) {
    case intent_kind::answer: {
      const auto options = answer_choices();
      const bool valid = std::any_of(options.begin(), options.end(), [&](const choice& c) { return c.value == in.value; });
      if (!valid) return false;
      answers_.at(position_) = in.value;
      answered_since_prompt_.at(position_) = true;
      if (position_ + 1 < plan_.size()) {
        ++position_;
        screen_since_ = clock_.now();
      } else {
        finish_survey();
      }
      return true;
    }
    case intent_kind::back:
      if (position_ == 0) {
        return_to_attract();
      } else {
        --position_;
        screen_since_ = clock_.now();
      }
      return true;
    case intent_kind::choose_language:
      return choose_language(in.text);
    default:
      return false;
  }
}

bool kiosk_model::on_remediation(const intent& in) {
  if (in.kind == intent_kind::choose_language) return choose_language(in.text);
  if (in.kind == intent_kind::back) {
    if (screen_ == screen::remediation_amount) {
      go(screen::remediation_category);
    } else {
      return_to_attract();
    }
    return true;
  }
  if (screen_ == screen::remediation_category && in.kind == intent_kind::choose_category) {
    if (!v1::RemediationCategory_IsValid(in.value) || in.value == v1::REMEDIATION_CATEGORY_UNSPECIFIED) return false;
    category_ = static_cast<v1::RemediationCategory>(in.value);
    go(screen::remediation_amount);
    return true;
  }
  if (screen_ == screen::remediation_amount && in.kind == intent_kind::choose_amount_band) {
    if (!v1::AmountBand_IsValid(in.value) || in.value == v1::AMOUNT_BAND_UNSPECIFIED) return false;
    finish_remediation(static_cast<v1::AmountBand>(in.value));
    return true;
  }
  return false;
}

bool kiosk_model::on_operator(const intent& in) {
  if (screen_ == screen::operator_pin) {
    switch (in.kind) {
      case intent_kind::pin_digit:
        if (pin_locked_for() || in.value < 0 || in.value > 9 || pin_entry_.size() >= 12) return false;
        pin_entry_.push_back(static_cast<char>('0' + in.value));
        pin_rejected_ = false;
        return true;
      case intent_kind::pin_erase:
        if (!pin_entry_.empty()) pin_entry_.pop_back();
        return true;
      case intent_kind::pin_submit:
        if (pin_locked_for()) return false;
        submit_pin();
        return true;
      case intent_kind::back:
      case intent_kind::operator_close:
        return_to_attract();
        return true;
      default:
        return false;
    }
  }
  switch (in.kind) {
    case intent_kind::operator_enroll:
      if (enrolling_) return false;
      if (in.text.empty()) {
        operator_message_ = text(text_id::operator_enroll_code) + "?";
        return true;
      }
      enrolling_ = true;
      operator_message_ = text(text_id::operator_enrolling);
      services_.start_enroll(in.text, in.value == 1);
      return true;
    case intent_kind::operator_set_server: {
      std::string error;
      const auto address = server_address::parse(in.text);
      // An enrolled kiosk moved to another server drops its token: the panel says what that means.
      const bool moved = sync_.enrolled && address && address->to_string() != sync_.server_address;
      if (!services_.set_server(in.text, error)) {
        operator_message_ = error;
      } else if (moved) {
        operator_message_ = format_text(text_id::operator_server_changed, language_,
                                        {{"server", address->to_string()}, {"count", std::to_string(sync_.queued + sync_.held)}});
      } else {
        operator_message_ = text(text_id::operator_server) + ": " + in.text;
      }
      return true;
    }
    case intent_kind::operator_typing:
      return true;  // only resets the panel's idle time
    case intent_kind::back:
    case intent_kind::operator_close:
      return_to_attract();
      return true;
    default:
      return false;
  }
}

void kiosk_model::submit_pin() {
  const std::string typed = std::exchange(pin_entry_, std::string());
  if (choosing_pin()) {
    // No PIN yet: the one typed twice becomes the PIN, and the panel opens.
    if (typed.size() < options_.pin_min_length) {
      pin_rejected_ = true;
    } else if (pin_chosen_.empty()) {
      pin_chosen_ = typed;
    } else if (typed != pin_chosen_) {
      pin_chosen_.clear();
      pin_rejected_ = true;
    } else {
      std::string error;
      if (!services_.save_operator_pin(typed, error)) {
        pin_chosen_.clear();
        operator_message_ = error;
        pin_rejected_ = true;
        return;
      }
      options_.operator_pin = std::exchange(pin_chosen_, std::string());
      operator_message_.clear();
      go(screen::operator_panel);
    }
    return;
  }
  if (typed == options_.operator_pin) {
    wrong_pins_ = 0;
    pin_locked_until_.reset();
    operator_message_.clear();
    go(screen::operator_panel);
    return;
  }
  pin_rejected_ = true;
  // Five wrong PINs lock the keypad for a while, and each further one for twice as long.
  if (++wrong_pins_ >= options_.pin_tries) {
    const int doublings = std::min(wrong_pins_ - options_.pin_tries, 16);
    const auto lock = std::min<std::chrono::seconds>(options_.pin_lockout * (1LL << doublings), options_.pin_lockout_cap);
    pin_locked_until_ = clock_.now() + lock;
  }
}

std::optional<int> kiosk_model::pin_locked_for() const { return seconds_until(pin_locked_until_); }

std::optional<int> kiosk_model::current_answer() const {
  if (!answered_since_prompt_.at(position_)) return std::nullopt;
  return answers_.at(position_);
}

void kiosk_model::enrollment_finished(const enroll_outcome& result) {
  enrolling_ = false;
  const auto count = [](std::size_t n) { return std::pair<std::string_view, std::string>{"count", std::to_string(n)}; };
  if (!result.ok && result.left > 0) {
    // The kiosk stayed at its store; the panel's status says why the old store did not take them.
    operator_message_ = format_text(text_id::operator_move_blocked, language_, {count(result.left)});
  } else if (!result.ok) {
    operator_message_ = result.message;
  } else if (result.discarded > 0) {
    operator_message_ = format_text(text_id::operator_enrolled_discarded, language_, {count(result.discarded)});
  } else if (result.delivered > 0) {
    operator_message_ = format_text(text_id::operator_enrolled_delivered, language_, {count(result.delivered)});
  } else {
    operator_message_ = text(text_id::operator_enrolled);
  }
  ++revision_;
}

void kiosk_model::start_survey() {
  notice_.reset();
  plan_.clear();
  for (int index : rotation_.next_session(*config_)) plan_.push_back(config_->questions(index));
  plan_config_version_ = config_->config_version();
  answers_.assign(plan_.size(), std::nullopt);
  answered_since_prompt_.assign(plan_.size(), false);
  position_ = 0;
  go(screen::question);
}

void kiosk_model::finish_survey() {
  v1::SurveySubmission submission;
  submission.set_client_id(services_.new_client_id());
  submission.set_local_date(services_.local_date_today());
  submission.set_config_version(plan_config_version_);
  submission.set_language(language_);
  for (std::size_t i = 0; i < plan_.size(); ++i) {
    v1::Answer* answer = submission.add_answers();
    answer->set_question_key(plan_[i].key());
    answer->set_value(answers_[i].value_or(0));
  }
  try {
    // The thank-you promises the answer is kept, so it must be durable before it shows.
    services_.push(submission);
  } catch (const std::exception&) {
    return_to_attract();
    notice_ = text_id::save_failed;
    return;
  }
  const clock::time_point now = clock_.now();
  survey_cooldown_until_ = now + cooldown();
  std::erase_if(finished_surveys_, [&](clock::time_point t) { return now - t >= std::chrono::hours(1); });
  finished_surveys_.push_back(now);
  plan_.clear();
  answers_.clear();
  ++surveys_thanked_;
  go(screen::thank_you);
}

void kiosk_model::finish_remediation(v1::AmountBand band) {
  v1::RemediationEvent event;
  event.set_client_id(services_.new_client_id());
  event.set_local_date(services_.local_date_today());
  event.set_category(category_);
  event.set_amount_band(band);
  event.set_config_version(config_ ? config_->config_version() : 0);
  try {
    services_.push(event);
  } catch (const std::exception&) {
    return_to_attract();
    notice_ = text_id::save_failed;
    return;
  }
  remediation_cooldown_until_ = clock_.now() + cooldown();
  go(screen::remediation_thanks);
}

void kiosk_model::go(screen next) {
  screen_ = next;
  screen_since_ = clock_.now();
}

void kiosk_model::return_to_attract() {
  plan_.clear();
  answers_.clear();
  answered_since_prompt_.clear();
  asking_still_there_ = false;
  pin_chosen_.clear();
  position_ = 0;
  category_ = v1::REMEDIATION_CATEGORY_UNSPECIFIED;
  pin_entry_.clear();
  pin_rejected_ = false;
  language_ = languages().front();
  shown_waits_ = attract_waits();
  // Whoever comes next sees the next item, for its full time.
  if (rotation_turns() > 0) news_index_ = (news_index_ + 1) % rotation_turns();
  news_since_ = clock_.now();
  go(screen::attract);
}

void kiosk_model::tick() {
  const clock::time_point now = clock_.now();
  if (screen_ == screen::attract) {
    // The attract screen changes as the cooldowns count down and when the hourly cap ends.
    const auto waits = attract_waits();
    if (waits != shown_waits_) {
      shown_waits_ = waits;
      ++revision_;
    }
    // ... and as the news rotate; a late tick skips the items whose time has passed.
    const std::size_t count = rotation_turns();
    if (count > 1 && options_.news_interval.count() > 0 && now >= news_since_ + options_.news_interval) {
      const auto steps = (now - news_since_) / options_.news_interval;
      news_index_ = (news_index_ + static_cast<std::size_t>(steps)) % count;
      news_since_ += steps * options_.news_interval;
      ++revision_;
    }
    return;
  }
  if (screen_ == screen::operator_pin && pin_locked_for() != shown_pin_lock_) {
    shown_pin_lock_ = pin_locked_for();
    ++revision_;
  }
  const bool answering = screen_ == screen::question || screen_ == screen::remediation_category ||
                         screen_ == screen::remediation_amount;
  if (answering && !asking_still_there_ && options_.still_there_after < idle_limit() &&
      now >= last_activity_ + options_.still_there_after) {
    asking_still_there_ = true;
    ++revision_;
  }
  const clock::time_point ends = screen_ == screen::thank_you || screen_ == screen::remediation_thanks
                                     ? screen_since_ + options_.thanks_duration
                                 : screen_ == screen::operator_pin || screen_ == screen::operator_panel
                                     ? last_activity_ + options_.operator_idle
                                     : last_activity_ + idle_limit();
  if (now < ends) return;
  return_to_attract();
  ++revision_;
}

std::optional<clock::time_point> kiosk_model::next_deadline() const {
  // The earliest of the moments something shown changes with time alone.
  std::optional<clock::time_point> next;
  const clock::time_point now = clock_.now();
  const auto consider = [&](const std::optional<clock::time_point>& at) {
    if (at && *at > now && (!next || *at < *next)) next = at;
  };
  switch (screen_) {
    case screen::attract:
      consider(next_second(survey_cooldown_until_));
      consider(next_second(remediation_cooldown_until_));
      consider(hourly_cap_until());
      if (rotation_turns() > 1 && options_.news_interval.count() > 0) consider(news_since_ + options_.news_interval);
      return next;
    case screen::thank_you:
    case screen::remediation_thanks:
      return screen_since_ + options_.thanks_duration;
    case screen::operator_pin:
      consider(next_second(pin_locked_until_));
      consider(last_activity_ + options_.operator_idle);
      return next ? next : std::optional(last_activity_ + options_.operator_idle);
    case screen::operator_panel:
      return last_activity_ + options_.operator_idle;
    case screen::question:
    case screen::remediation_category:
    case screen::remediation_amount:
      if (!asking_still_there_ && options_.still_there_after < idle_limit()) {
        return std::min(last_activity_ + options_.still_there_after, last_activity_ + idle_limit());
      }
      return last_activity_ + idle_limit();
  }
  return std::nullopt;
}

std::optional<int> kiosk_model::seconds_until(const std::optional<clock::time_point>& until) const {
  const clock::time_point now = clock_.now();
  if (!until || *until <= now) return std::nullopt;
  const auto left = std::chrono::ceil<std::chrono::seconds>(*until - now);
  return static_cast<int>(left.count());
}

std::optional<clock::time_point> kiosk_model::next_second(const std::optional<clock::time_point>& until) const {
  const auto left = seconds_until(until);
  if (!left) return std::nullopt;
  return *until - std::chrono::seconds(*left - 1);
}

std::optional<int> kiosk_model::survey_ready_in() const { return seconds_until(survey_cooldown_until_); }

std::optional<int> kiosk_model::remediation_ready_in() const { return seconds_until(remediation_cooldown_until_); }

std::tuple<std::optional<int>, std::optional<int>, bool> kiosk_model::attract_waits() const {
  return {survey_ready_in(), remediation_ready_in(), at_hourly_cap()};
}

bool kiosk_model::in_cooldown() const {
  return survey_cooldown_until_ && clock_.now() < *survey_cooldown_until_;
}

bool kiosk_model::at_hourly_cap() const { return hourly_cap_until().has_value(); }

std::size_t kiosk_model::hourly_cap() const {
  if (config_ && config_->hourly_cap() > 0) return config_->hourly_cap();
  return static_cast<std::size_t>(std::max(1, options_.default_hourly_cap));
}

std::optional<clock::time_point> kiosk_model::hourly_cap_until() const {
  // The cap holds until the cap-th most recent survey is an hour old.
  const std::size_t cap = hourly_cap();
  if (finished_surveys_.size() < cap) return std::nullopt;
  const clock::time_point until = finished_surveys_[finished_surveys_.size() - cap] + std::chrono::hours(1);
  if (clock_.now() >= until) return std::nullopt;
  return until;
}

std::chrono::seconds kiosk_model::idle_limit() const {
  if (config_ && config_->idle_seconds() > 0) return std::chrono::seconds(config_->idle_seconds());
  return options_.default_idle;
}

std::chrono::seconds kiosk_model::cooldown() const {
  if (config_ && config_->cooldown_seconds() > 0) return std::chrono::seconds(config_->cooldown_seconds());
  return options_.default_cooldown;
}

std::string kiosk_model::localized(const google::protobuf::RepeatedPtrField<v1::LocalizedText>& texts) const {
  for (const auto& t : texts) {
    if (t.language() == language_) return t.text();
  }
  // Fall back to the default language, then to whatever exists.
  const std::string fallback = languages().front();
  for (const auto& t : texts) {
    if (t.language() == fallback) return t.text();
  }
  return texts.empty() ? std::string() : texts.Get(0).text();
}

std::vector<value_text> kiosk_model::values() const {
  std::vector<value_text> out;
  if (!config_) return out;
  for (const auto& v : config_->values()) out.push_back({localized(v.name()), localized(v.description())});
  return out;
}

std::string kiosk_model::amount(std::uint64_t minor) const {
  return format_amount(minor, config_ ? config_->currency() : std::string(), language_);
}

std::string kiosk_model::limit_sentence() const {
  if (!config_) return {};
  return format_text(text_id::thank_you_limit, language_, {{"amount", amount(config_->remediation_limit_minor())}});
}

namespace {

// Returns text on one line: control characters become spaces, and past max_news_chars code
// points it ends with an ellipsis. Server text is never interpreted, only drawn.
std::string plain_news_text(const std::string& text) {
  std::string out;
  std::size_t points = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if ((byte & 0xC0) != 0x80 && ++points > max_news_chars) {
      out += "\u2026";
      break;
    }
    out.push_back(byte < 0x20 || byte == 0x7F ? ' ' : text[i]);
  }
  return out;
}

}  // namespace

news_text kiosk_model::news_at(std::size_t index) const {
  const v1::StaffNews& item = config_->staff_news(static_cast<int>(index));
  news_text out;
  out.kind = item.kind();
  out.text = plain_news_text(localized(item.text()));
  switch (item.kind()) {
    case v1::STAFF_NEWS_KIND_MESSAGE: out.heading = text(text_id::news_message); break;
    case v1::STAFF_NEWS_KIND_STORY: out.heading = text(text_id::news_story); break;
    default:
      out.heading = text(text_id::news_plan);
      out.done = item.status() == v1::STAFF_NEWS_STATUS_DONE;
      out.status = text(out.done ? text_id::news_done : text_id::news_in_progress);
      break;
  }
  return out;
}

std::optional<news_text> kiosk_model::attract_news() const {
  if (news_index_ >= news_count()) return std::nullopt;
  return news_at(news_index_);
}

std::optional<news_text> kiosk_model::thanks_news() const {
  std::vector<std::size_t> plans;
  for (std::size_t i = 0; i < news_count(); ++i) {
    if (config_->staff_news(static_cast<int>(i)).kind() == v1::STAFF_NEWS_KIND_PLAN) plans.push_back(i);
  }
  if (plans.empty()) return std::nullopt;
  return news_at(plans[(surveys_thanked_ + plans.size() - 1) % plans.size()]);
}

std::string kiosk_model::question_text() const { return localized(current_question().text()); }

std::string kiosk_model::progress_text() const {
  return format_text(text_id::question_progress, language_,
                     {{"n", std::to_string(position_ + 1)}, {"total", std::to_string(plan_.size())}});
}

std::vector<choice> kiosk_model::answer_choices() const {
  const v1::Question& q = current_question();
  std::vector<choice> out;
  switch (q.type()) {
    case v1::QUESTION_TYPE_AGREE5:
      for (int v = 1; v <= 5; ++v) {
        out.push_back({text(static_cast<text_id>(static_cast<int>(text_id::agree_1) + v - 1)), v});
      }
      break;
    case v1::QUESTION_TYPE_YES_NO:
      out.push_back({text(text_id::answer_yes), 1});
      out.push_back({text(text_id::answer_no), 0});
      break;
    case v1::QUESTION_TYPE_SCALE_0_10:
      for (int v = 0; v <= 10; ++v) out.push_back({std::to_string(v), v});
      break;
    case v1::QUESTION_TYPE_SMALL_COUNT: {
      // The top button takes every count above it too, and says so.
      const int top = static_cast<int>(std::min<std::uint32_t>(q.max_value() == 0 ? 5 : q.max_value(), 10));
      for (int v = 0; v < top; ++v) out.push_back({std::to_string(v), v});
      out.push_back({format_text(text_id::count_or_more, language_, {{"n", std::to_string(top)}}), top});
      break;
    }
    case v1::QUESTION_TYPE_LIMIT_BAND: {
      const auto& bands = q.limit_bands_minor();
      for (int i = 0; i < bands.size(); ++i) {
        const std::string label =
            i == 0 && bands[i] == 0 ? text(text_id::band_nothing)
            : i == 0                ? format_text(text_id::band_up_to, language_, {{"amount", amount(bands[i])}})
                   : format_text(text_id::band_range, language_,
                                 {{"from", amount(bands[i - 1] + 1)}, {"to", amount(bands[i])}});
        out.push_back({label, i});
      }
      out.push_back({text(text_id::band_dont_know), bands.size()});
      break;
    }
    default:
      break;
  }
  return out;
}

std::vector<choice> kiosk_model::remediation_categories() const {
  return {
      {text(text_id::category_refund), v1::REMEDIATION_CATEGORY_REFUND},
      {text(text_id::category_replacement), v1::REMEDIATION_CATEGORY_REPLACEMENT},
      {text(text_id::category_discount), v1::REMEDIATION_CATEGORY_DISCOUNT_OR_VOUCHER},
      {text(text_id::category_free_service), v1::REMEDIATION_CATEGORY_FREE_SERVICE},
      {text(text_id::category_other), v1::REMEDIATION_CATEGORY_OTHER},
  };
}

std::vector<choice> kiosk_model::amount_bands() const {
  // Ranges that do not overlap, so that every amount has exactly one button: 0.01 to half the
  // limit, the cent after it to the limit, then above it, with approval or without (an honest
  // answer the report needs). A store without a limit has no ranges.
  const std::uint64_t limit = config_ ? config_->remediation_limit_minor() : 0;
  const auto range = [this](std::uint64_t from, std::uint64_t to) {
    return format_text(text_id::band_range, language_, {{"from", amount(from)}, {"to", amount(to)}});
  };
  std::vector<choice> out{{text(text_id::amount_no_money), v1::AMOUNT_BAND_NO_MONEY}};
  if (limit >= 2) {
    out.push_back({range(1, limit / 2), v1::AMOUNT_BAND_UP_TO_HALF});
    out.push_back({range(limit / 2 + 1, limit), v1::AMOUNT_BAND_UP_TO_LIMIT});
  }
  out.push_back({format_text(text_id::amount_above_limit, language_, {{"amount", amount(limit)}}),
                 v1::AMOUNT_BAND_ABOVE_LIMIT_APPROVED});
  out.push_back({format_text(text_id::amount_above_limit_unapproved, language_, {{"amount", amount(limit)}}),
                 v1::AMOUNT_BAND_ABOVE_LIMIT_UNAPPROVED});
  return out;
}

}  // namespace storepulse::kiosk
