#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace storepulse::kiosk {

// Every fixed string the kiosk shows. Question texts and values come from the configuration.
enum class text_id {
  anonymous_promise,
  start_survey,
  our_values,
  fixed_problem,
  sync_online,
  sync_offline,
  sync_needs_enrollment,
  answers_waiting,
  not_set_up,
  cooldown_wait,
  hourly_cap_wait,
  ready_in,
  fixed_problem_wait,
  still_there_title,
  still_there_body,
  still_here,
  start_over,
  question_progress,
  back,
  agree_1,
  agree_2,
  agree_3,
  agree_4,
  agree_5,
  answer_yes,
  answer_no,
  scale_low,
  scale_high,
  band_nothing,
  band_up_to,
  band_range,
  band_dont_know,
  count_or_more,
  thank_you_title,
  thank_you_saved,
  thank_you_limit,
  done,
  remediation_category_title,
  category_refund,
  category_replacement,
  category_discount,
  category_free_service,
  category_other,
  remediation_amount_title,
  amount_no_money,
  amount_above_limit,
  amount_above_limit_unapproved,
  remediation_thanks_title,
  remediation_thanks_body,
  save_failed,
  save_unavailable,
  operator_pin_title,
  operator_pin_wrong,
  operator_pin_locked,
  operator_pin_choose,
  operator_pin_confirm,
  operator_pin_choose_wrong,
  cancel,
  ok,
  operator_title,
  operator_server,
  operator_save,
  operator_enroll_code,
  operator_enroll,
  operator_enrolled,
  operator_not_enrolled,
  operator_queue,
  operator_held,
  operator_refused,
  operator_last_sync,
  operator_never,
  operator_version,
  operator_location,
  operator_config_version,
  operator_close,
  operator_needs_enrollment,
  operator_protocol_mismatch,
  operator_first_enrollment,
  operator_enrolling,
  operator_status,
  operator_connection,
  operator_server_key,
  operator_trust_system,
  operator_trust_ca_file,
  operator_trust_plain,
  operator_tls_refused,
  operator_queue_error,
  operator_discard_other_store,
  operator_enrolled_delivered,
  operator_enrolled_discarded,
  operator_move_blocked,
  operator_revoked,
  operator_offline_since,
  operator_offline_since_day,
  operator_server_changed,
  keyboard_done,
  keyboard_shift,
  keyboard_symbols,
  keyboard_letters,
  keyboard_space,
  news_plan,
  news_in_progress,
  news_done,
  news_message,
  news_story,
  because_of_answers,
  count_,
};

// The languages the fixed strings are translated into; the first is the fallback.
const std::vector<std::string>& catalog_languages();

// Returns the text in the language, falling back to English for unknown languages.
std::string_view ui_text(text_id id, std::string_view language);

// Returns the text with each {name} replaced by its value.
std::string format_text(text_id id, std::string_view language,
                        std::initializer_list<std::pair<std::string_view, std::string>> args);

// Returns the language's own name, e.g. "Español", for the language buttons.
std::string language_name(std::string_view language);

// Returns an amount in minor units as the language writes it, with the currency's symbol where
// it has a common one: "€1,000" and "€25.01" in English, "1000 €" and "25,01 €" in Spanish,
// "1 000 €" in French; whole amounts without cents, other currencies by their code.
std::string format_amount(std::uint64_t minor, std::string_view currency, std::string_view language);

}  // namespace storepulse::kiosk
