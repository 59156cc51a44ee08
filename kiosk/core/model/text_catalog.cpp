#include "kiosk/core/model/text_catalog.h"

#include <array>
#include <cstddef>

namespace storepulse::kiosk {
namespace {

struct entry {
  text_id id;
  std::string_view en, es, fr;
};

// Order follows text_id; checked once at start-up by catalog_is_ordered().
constexpr std::array<entry, static_cast<std::size_t>(text_id::count_)> catalog{{
    {text_id::anonymous_promise, "Anonymous \u2013 about a minute", "An\u00f3nimo \u2013 cerca de un minuto",
     "Anonyme \u2013 environ une minute"},
    {text_id::start_survey, "Start", "Empezar", "Commencer"},
    {text_id::our_values, "Our values", "Nuestros valores", "Nos valeurs"},
    {text_id::fixed_problem, "I fixed a customer problem", "He resuelto el problema de un cliente",
     "J\u2019ai r\u00e9gl\u00e9 le probl\u00e8me d\u2019un client"},
    {text_id::sync_online, "Online", "En l\u00ednea", "En ligne"},
    {text_id::sync_offline, "Offline", "Sin conexi\u00f3n", "Hors ligne"},
    {text_id::sync_needs_enrollment, "Needs enrollment", "Requiere alta", "\u00c0 r\u00e9inscrire"},
    {text_id::answers_waiting, "{n} waiting to send", "{n} por enviar", "{n} en attente d\u2019envoi"},
    {text_id::not_set_up, "This kiosk is not set up yet. Please tell your manager.",
     "Este terminal a\u00fan no est\u00e1 configurado. Av\u00edsele a su responsable.",
     "Cette borne n\u2019est pas encore configur\u00e9e. Pr\u00e9venez votre responsable."},
    {text_id::cooldown_wait, "Thank you! The next survey opens in a moment.",
     "\u00a1Gracias! La pr\u00f3xima encuesta se abre en un momento.",
     "Merci ! Le prochain sondage s\u2019ouvre dans un instant."},
    {text_id::hourly_cap_wait, "Thank you! The survey rests for a while; please come back later.",
     "\u00a1Gracias! La encuesta descansa un rato; vuelva m\u00e1s tarde.",
     "Merci ! Le sondage fait une pause\u00a0; revenez plus tard."},
    {text_id::ready_in, "Ready in {n}\u00a0s", "Disponible en {n}\u00a0s", "Pr\u00eat dans {n}\u00a0s"},
    {text_id::fixed_problem_wait, "Logged, thank you \u2013 the next in {n}\u00a0s",
     "Registrado, gracias \u2013 el siguiente en {n}\u00a0s", "Enregistr\u00e9, merci \u2013 le suivant dans {n}\u00a0s"},
    {text_id::still_there_title, "Still there?", "\u00bfSigue ah\u00ed?", "Vous \u00eates toujours l\u00e0\u00a0?"},
    {text_id::still_there_body, "Your answers so far are hidden. Continue to keep them, or start over.",
     "Sus respuestas hasta ahora est\u00e1n ocultas. Contin\u00fae para conservarlas o empiece de nuevo.",
     "Vos r\u00e9ponses jusqu\u2019ici sont masqu\u00e9es. Continuez pour les garder, ou recommencez."},
    {text_id::still_here, "Continue", "Continuar", "Continuer"},
    {text_id::start_over, "Start over", "Empezar de nuevo", "Recommencer"},
    {text_id::question_progress, "Question {n} of {total}", "Pregunta {n} de {total}", "Question {n} sur {total}"},
    {text_id::back, "Back", "Atr\u00e1s", "Retour"},
    {text_id::agree_1, "Strongly disagree", "Totalmente en desacuerdo", "Pas du tout d\u2019accord"},
    {text_id::agree_2, "Disagree", "En desacuerdo", "Pas d\u2019accord"},
    {text_id::agree_3, "Neither agree nor disagree", "Ni de acuerdo ni en desacuerdo",
     "Ni d\u2019accord ni pas d\u2019accord"},
    {text_id::agree_4, "Agree", "De acuerdo", "D\u2019accord"},
    {text_id::agree_5, "Strongly agree", "Totalmente de acuerdo", "Tout \u00e0 fait d\u2019accord"},
    {text_id::answer_yes, "Yes", "S\u00ed", "Oui"},
    {text_id::answer_no, "No", "No", "Non"},
    {text_id::scale_low, "Not at all likely", "Nada probable", "Pas du tout probable"},
    {text_id::scale_high, "Extremely likely", "Muy probable", "Tr\u00e8s probable"},
    {text_id::band_nothing, "Nothing without asking", "Nada sin preguntar", "Rien sans demander"},
    {text_id::band_up_to, "Up to {amount}", "Hasta {amount}", "Jusqu\u2019\u00e0 {amount}"},
    {text_id::band_range, "{from} \u2013 {to}", "{from} \u2013 {to}", "{from} \u2013 {to}"},
    {text_id::band_dont_know, "I don\u2019t know", "No lo s\u00e9", "Je ne sais pas"},
    {text_id::count_or_more, "{n} or more", "{n} o m\u00e1s", "{n} ou plus"},
    {text_id::thank_you_title, "Thank you!", "\u00a1Gracias!", "Merci !"},
    {text_id::thank_you_saved, "Your answers were saved anonymously.",
     "Sus respuestas se guardaron de forma an\u00f3nima.",
     "Vos r\u00e9ponses ont \u00e9t\u00e9 enregistr\u00e9es anonymement."},
    {text_id::thank_you_limit, "You may fix a customer\u2019s problem up to {amount} without asking.",
     "Puede resolver el problema de un cliente hasta {amount} sin pedir permiso.",
     "Vous pouvez r\u00e9gler le probl\u00e8me d\u2019un client jusqu\u2019\u00e0 {amount} sans demander."},
    {text_id::done, "Done", "Listo", "Termin\u00e9"},
    {text_id::remediation_category_title, "What did you do for the customer?",
     "\u00bfQu\u00e9 hizo por el cliente?", "Qu\u2019avez-vous fait pour le client ?"},
    {text_id::category_refund, "Refund", "Reembolso", "Remboursement"},
    {text_id::category_replacement, "Replacement", "Sustituci\u00f3n", "Remplacement"},
    {text_id::category_discount, "Discount or voucher", "Descuento o vale", "Remise ou bon d\u2019achat"},
    {text_id::category_free_service, "Free service", "Servicio gratuito", "Service gratuit"},
    {text_id::category_other, "Something else", "Otra cosa", "Autre chose"},
    {text_id::remediation_amount_title, "How much was it worth?", "\u00bfCu\u00e1nto val\u00eda?",
     "Quelle en \u00e9tait la valeur ?"},
    {text_id::amount_no_money, "No money", "Sin dinero", "Sans argent"},
    {text_id::amount_above_limit, "More than {amount}, with approval", "M\u00e1s de {amount}, con aprobaci\u00f3n",
     "Plus de {amount}, avec accord"},
    {text_id::amount_above_limit_unapproved, "More than {amount}, without approval",
     "M\u00e1s de {amount}, sin aprobaci\u00f3n", "Plus de {amount}, sans accord"},
    {text_id::remediation_thanks_title, "Thank you for looking after the customer!",
     "\u00a1Gracias por cuidar al cliente!", "Merci d\u2019avoir pris soin du client !"},
    {text_id::remediation_thanks_body, "Fixing a problem on the spot is exactly right. Logged anonymously.",
     "Resolver un problema en el momento es lo correcto. Registrado de forma an\u00f3nima.",
     "R\u00e9gler un probl\u00e8me sur place, c\u2019est exactement \u00e7a. Enregistr\u00e9 anonymement."},
    {text_id::save_failed, "Sorry, this could not be saved. Please tell your manager.",
     "Lo sentimos, no se pudo guardar. Av\u00edsele a su responsable.",
     "D\u00e9sol\u00e9, l\u2019enregistrement a \u00e9chou\u00e9. Pr\u00e9venez votre responsable."},
    {text_id::save_unavailable, "Answers cannot be saved on this kiosk right now. Please tell your manager.",
     "Ahora este terminal no puede guardar respuestas. Av\u00edsele a su responsable.",
     "Cette borne ne peut pas enregistrer de r\u00e9ponses pour le moment. Pr\u00e9venez votre responsable."},
    {text_id::operator_pin_title, "Operator PIN", "PIN de operador", "Code op\u00e9rateur"},
    {text_id::operator_pin_wrong, "Wrong PIN", "PIN incorrecto", "Code incorrect"},
    {text_id::operator_pin_locked, "Too many wrong PINs. Try again in {n}\u00a0s.",
     "Demasiados PIN incorrectos. Int\u00e9ntelo de nuevo en {n}\u00a0s.",
     "Trop de codes incorrects. R\u00e9essayez dans {n}\u00a0s."},
    {text_id::operator_pin_choose, "Choose an operator PIN of {n} digits or more",
     "Elija un PIN de operador de {n} cifras o m\u00e1s", "Choisissez un code op\u00e9rateur d\u2019au moins {n} chiffres"},
    {text_id::operator_pin_confirm, "Type the new PIN again", "Escriba el PIN nuevo otra vez",
     "Saisissez \u00e0 nouveau le nouveau code"},
    {text_id::operator_pin_choose_wrong, "Too short, or the two did not match. Start again.",
     "Demasiado corto, o no coinciden. Empiece de nuevo.", "Trop court, ou les deux ne correspondent pas. Recommencez."},
    {text_id::cancel, "Cancel", "Cancelar", "Annuler"},
    {text_id::ok, "OK", "Aceptar", "Valider"},
    {text_id::operator_title, "Kiosk settings", "Ajustes del terminal", "R\u00e9glages de la borne"},
    {text_id::operator_server, "Server address", "Direcci\u00f3n del servidor", "Adresse du serveur"},
    {text_id::operator_save, "Save", "Guardar", "Enregistrer"},
    {text_id::operator_enroll_code, "Enrollment code", "C\u00f3digo de alta", "Code d\u2019inscription"},
    {text_id::operator_enroll, "Enroll", "Dar de alta", "Inscrire"},
    {text_id::operator_enrolled, "Enrolled", "Dado de alta", "Inscrite"},
    {text_id::operator_not_enrolled, "Not enrolled", "Sin dar de alta", "Non inscrite"},
    {text_id::operator_queue, "Waiting to send", "Por enviar", "En attente d\u2019envoi"},
    {text_id::operator_held, "Held for a retry", "Retenidas para reintentar", "Retenues pour un nouvel essai"},
    {text_id::operator_refused, "Refused (reported)", "Rechazadas (notificadas)", "Refus\u00e9es (signal\u00e9es)"},
    {text_id::operator_last_sync, "Last sync", "\u00daltima sincronizaci\u00f3n", "Derni\u00e8re synchronisation"},
    {text_id::operator_never, "never", "nunca", "jamais"},
    {text_id::operator_version, "Version", "Versi\u00f3n", "Version"},
    {text_id::operator_location, "Store", "Tienda", "Magasin"},
    {text_id::operator_config_version, "Survey version", "Versi\u00f3n de la encuesta", "Version du sondage"},
    {text_id::operator_close, "Close", "Cerrar", "Fermer"},
    {text_id::operator_needs_enrollment,
     "The server no longer accepts this kiosk. Enroll it again with a new code.",
     "El servidor ya no acepta este terminal. Vuelva a darlo de alta con un c\u00f3digo nuevo.",
     "Le serveur n\u2019accepte plus cette borne. Inscrivez-la \u00e0 nouveau avec un nouveau code."},
    {text_id::operator_protocol_mismatch,
     "This kiosk and the server speak different protocol versions. Update the kiosk software.",
     "Este terminal y el servidor usan versiones de protocolo distintas. Actualice el software.",
     "La borne et le serveur utilisent des versions de protocole diff\u00e9rentes. Mettez la borne \u00e0 jour."},
    {text_id::operator_first_enrollment,
     "This kiosk is not enrolled yet. Enter the enrollment code from your administrator.",
     "Este terminal a\u00fan no est\u00e1 dado de alta. Introduzca el c\u00f3digo de alta de su administrador.",
     "Cette borne n\u2019est pas encore inscrite. Saisissez le code d\u2019inscription de votre administrateur."},
    {text_id::operator_enrolling, "Enrolling\u2026", "Dando de alta\u2026", "Inscription\u2026"},
    {text_id::operator_status, "Status", "Estado", "\u00c9tat"},
    {text_id::operator_connection, "Connection", "Conexi\u00f3n", "Connexion"},
    {text_id::operator_server_key, "Server key", "Clave del servidor", "Cl\u00e9 du serveur"},
    {text_id::operator_trust_system, "System certificates", "Certificados del sistema", "Certificats du syst\u00e8me"},
    {text_id::operator_trust_ca_file, "CA file {name}", "Archivo de CA {name}", "Fichier d\u2019AC {name}"},
    {text_id::operator_trust_plain, "None: plain HTTP", "Ninguna: HTTP sin cifrar", "Aucune : HTTP non chiffr\u00e9"},
    {text_id::operator_tls_refused, "Certificate check failed: nothing was sent. Answers are kept.",
     "Fall\u00f3 la comprobaci\u00f3n del certificado: no se envi\u00f3 nada. Las respuestas se guardan.",
     "\u00c9chec du contr\u00f4le du certificat : rien n\u2019a \u00e9t\u00e9 envoy\u00e9. Les r\u00e9ponses sont gard\u00e9es."},
    {text_id::operator_queue_error, "New answers cannot be saved on this kiosk. Tell your IT team.",
     "Este terminal no puede guardar respuestas nuevas. Av\u00edsele a inform\u00e1tica.",
     "Cette borne ne peut pas enregistrer de nouvelles r\u00e9ponses. Pr\u00e9venez l\u2019informatique."},
    {text_id::operator_discard_other_store, "If the code is another store\u2019s, discard the answers waiting here",
     "Si el c\u00f3digo es de otra tienda, descartar las respuestas pendientes",
     "Si le code est celui d\u2019un autre magasin, supprimer les r\u00e9ponses en attente"},
    {text_id::operator_enrolled_delivered, "Enrolled. Answers first sent to the previous store: {count}.",
     "Dado de alta. Respuestas enviadas antes a la tienda anterior: {count}.",
     "Inscrite. R\u00e9ponses envoy\u00e9es d\u2019abord au magasin pr\u00e9c\u00e9dent\u00a0: {count}."},
    {text_id::operator_enrolled_discarded, "Enrolled. Answers of the previous store discarded: {count}.",
     "Dado de alta. Respuestas de la tienda anterior descartadas: {count}.",
     "Inscrite. R\u00e9ponses du magasin pr\u00e9c\u00e9dent supprim\u00e9es\u00a0: {count}."},
    {text_id::operator_move_blocked,
     "Answers that could not be sent to the previous store: {count}. The kiosk stays there; try again later, or discard them.",
     "Respuestas que no se pudieron enviar a la tienda anterior: {count}. El terminal sigue all\u00ed; "
     "int\u00e9ntelo m\u00e1s tarde o desc\u00e1rtelas.",
     "R\u00e9ponses qui n\u2019ont pas pu \u00eatre envoy\u00e9es au magasin pr\u00e9c\u00e9dent\u00a0: {count}. "
     "La borne y reste\u00a0; r\u00e9essayez plus tard ou supprimez-les."},
    {text_id::operator_revoked, "Revoked: needs enrollment", "Revocado: requiere alta",
     "R\u00e9voqu\u00e9e\u00a0: \u00e0 r\u00e9inscrire"},
    // The hour alone, never minutes: a minute would date the last session.
    {text_id::operator_offline_since, "Offline since {hour}:00", "Sin conexi\u00f3n desde las {hour}:00",
     "Hors ligne depuis {hour}\u00a0h"},
    {text_id::operator_offline_since_day, "Offline since {date}, {hour}:00",
     "Sin conexi\u00f3n desde el {date} a las {hour}:00", "Hors ligne depuis le {date} \u00e0 {hour}\u00a0h"},
    // The token belongs to the old server: answers wait here until an enrollment on the new one.
    {text_id::operator_server_changed,
     "Server changed to {server}. Enroll this kiosk again with a code from that server; the {count} answers "
     "waiting here are kept and sent after that.",
     "Servidor cambiado a {server}. Vuelva a dar de alta este terminal con un c\u00f3digo de ese servidor; "
     "las {count} respuestas pendientes se guardan y se enviar\u00e1n despu\u00e9s.",
     "Serveur chang\u00e9 pour {server}. Inscrivez \u00e0 nouveau cette borne avec un code de ce serveur\u00a0; "
     "les {count} r\u00e9ponses en attente sont gard\u00e9es et envoy\u00e9es ensuite."},
    {text_id::keyboard_done, "Done", "Listo", "Termin\u00e9"},
    {text_id::keyboard_shift, "Shift", "May\u00fas", "Maj"},
    {text_id::keyboard_symbols, "?123", "?123", "?123"},
    {text_id::keyboard_letters, "ABC", "ABC", "ABC"},
    {text_id::keyboard_space, "Space", "Espacio", "Espace"},
    {text_id::news_plan, "You said, we did", "Lo dijeron, lo hicimos", "Vous l\u2019avez dit, nous l\u2019avons fait"},
    {text_id::news_in_progress, "In progress", "En curso", "En cours"},
    {text_id::news_done, "Done", "Hecho", "Fait"},
    {text_id::news_message, "From head office", "De la oficina central", "Du si\u00e8ge"},
    {text_id::news_story, "Success story", "Un caso de \u00e9xito", "Une belle r\u00e9ussite"},
    {text_id::because_of_answers, "Because of your answers:", "Gracias a sus respuestas:",
     "Gr\u00e2ce \u00e0 vos r\u00e9ponses\u00a0:"},
}};

constexpr bool catalog_is_ordered() {
  for (std::size_t i = 0; i < catalog.size(); ++i) {
    if (static_cast<std::size_t>(catalog[i].id) != i) return false;
  }
  return true;
}
static_assert(catalog_is_ordered(), "catalog entries must follow the order of text_id");

}  // namespace

const std::vector<std::string>& catalog_languages() {
  static const std::vector<std::string> languages{"en", "es", "fr"};
  return languages;
}

std::string_view ui_text(text_id id, std::string_view language) {
  const entry& e = catalog.at(static_cast<std::size_t>(id));
  // "es-MX" and "fr-CA" use the base language's strings.
  const std::string_view base = language.substr(0, 2);
  if (base == "es") return e.es;
  if (base == "fr") return e.fr;
  return e.en;
}

std::string format_text(text_id id, std::string_view language,
                        std::initializer_list<std::pair<std::string_view, std::string>> args) {
  std::string out(ui_text(id, language));
  for (const auto& [name, value] : args) {
    const std::string placeholder = "{" + std::string(name) + "}";
    for (std::size_t at = out.find(placeholder); at != std::string::npos;
         at = out.find(placeholder, at + value.size())) {
      out.replace(at, placeholder.size(), value);
    }
  }
  return out;
}

std::string language_name(std::string_view language) {
  const std::string_view base = language.substr(0, 2);
  if (base == "en") return "English";
  if (base == "es") return "Espa\u00f1ol";
  if (base == "fr") return "Fran\u00e7ais";
  if (base == "de") return "Deutsch";
  if (base == "it") return "Italiano";
  if (base == "pt") return "Portugu\u00eas";
  if (base == "pl") return "Polski";
  if (base == "nl") return "Nederlands";
  return std::string(language);
}

std::string format_amount(std::uint64_t minor, std::string_view currency, std::string_view language) {
  const std::string_view base = language.substr(0, 2);
  const bool english = base != "es" && base != "fr";
  // Whole units grouped by thousands: "," in English, a narrow no-break space in French, and in
  // Spanish "." from five digits on.
  std::string whole = std::to_string(minor / 100);
  const std::string group = english ? "," : base == "fr" ? "\u202f" : ".";
  if (english || base == "fr" || whole.size() > 4) {
    for (auto at = static_cast<std::ptrdiff_t>(whole.size()) - 3; at > 0; at -= 3) {
      whole.insert(static_cast<std::size_t>(at), group);
    }
  }
  std::string number = whole;
  if (minor % 100 != 0) {
    const std::string cents = std::to_string(minor % 100);
    number += (english ? "." : ",") + std::string(cents.size() < 2 ? "0" : "") + cents;
  }
  static const std::pair<std::string_view, std::string_view> symbols[] = {
      {"EUR", "\u20ac"}, {"USD", "$"}, {"GBP", "\u00a3"}, {"CAD", "$"}, {"AUD", "$"},
      {"MXN", "$"},      {"JPY", "\u00a5"}, {"INR", "\u20b9"}, {"PLN", "z\u0142"}};
  std::string_view symbol;
  for (const auto& [code, sign] : symbols) {
    if (code == currency) symbol = sign;
  }
  if (currency.empty()) return number;
  // A no-break space keeps the amount and its currency on one line.
  if (symbol.empty()) return number + "\u00a0" + std::string(currency);
  if (english) return std::string(symbol) + number;
  return number + "\u00a0" + std::string(symbol);
}

}  // namespace storepulse::kiosk
