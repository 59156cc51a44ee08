#pragma once

#include <string>

namespace storepulse::kiosk {

// What a person asked for on the screen; the UI emits these and the model decides.
enum class intent_kind {
  start_survey,
  answer,              // value: the answer value of the current question
  back,
  choose_language,     // text: language tag
  start_remediation,
  choose_category,     // value: storepulse.v1.RemediationCategory
  choose_amount_band,  // value: storepulse.v1.AmountBand
  finish,              // leave a thank-you screen early
  operator_corner_tap, // part of the hidden gesture that opens the operator PIN
  pin_digit,           // value: 0..9
  pin_erase,
  pin_submit,
  operator_close,
  operator_enroll,     // text: enrollment code; value 1: discard answers of another store
  operator_set_server, // text: server address
  still_here,          // "Still there?" answered: go on with the answers kept
  start_over,          // "Still there?" declined: the answers so far are thrown away
  operator_typing,     // a key of the operator panel's keyboard: the panel stays open while someone types
  values_need_turn,    // not a person: value 1 when the attract screen has no room for a news card and the
                       // values' meanings together, so the values take a turn of their own; 0 when it has
};

// One intent with its argument.
struct intent {
  intent_kind kind;
  int value = 0;
  std::string text;

  // Returns an intent without argument.
  static intent of(intent_kind k) { return {k, 0, {}}; }
  // Returns an intent carrying a number.
  static intent with_value(intent_kind k, int v) { return {k, v, {}}; }
  // Returns an intent carrying text.
  static intent with_text(intent_kind k, std::string t) { return {k, 0, std::move(t)}; }
};

// Returns true for intents that come from a tap on a big button and pass the repeat filter.
inline bool is_tap(intent_kind k) {
  switch (k) {
    case intent_kind::operator_corner_tap:
    case intent_kind::pin_digit:
    case intent_kind::pin_erase:
    case intent_kind::operator_enroll:
    case intent_kind::operator_set_server:
    case intent_kind::operator_typing:
    case intent_kind::values_need_turn:
      return false;
    default:
      return true;
  }
}

}  // namespace storepulse::kiosk
