#!/usr/bin/env bash
# Installs what is needed, builds, and runs the server on a demo SQLite file filled through the real
# kiosk protocol by the simulator; prints the dashboard address and the demo sign-ins, then serves
# until Ctrl-C. PORT (default 8080) and STOREPULSE_DEMO_DIR (default var/demo) can be set.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${STOREPULSE_BUILD_DIR:-$root/build}
port=${PORT:-8080}
metrics_port=${METRICS_PORT:-9464}
demo=${STOREPULSE_DEMO_DIR:-$root/var/demo}

"$root/deploy/install-deps.sh"
"$root/deploy/build.sh"

admin="$build/server/storepulse-admin"
server="$build/server/storepulse-server"
simulator="$build/kiosk/storepulse-simulator"
db="$demo/storepulse.sqlite"

rm -rf "$demo"
mkdir -p "$demo/kiosks"
"$admin" init --db "$db"
"$admin" import-locations --db "$db" --csv "$root/deploy/demo/locations.csv"
"$admin" load-questions --db "$db" --file "$root/schema/question_bank.textproto"
"$admin" set-values --db "$db" --file "$root/deploy/demo/values.textproto"
"$admin" add-user --db "$db" --username hr --role hr_admin --password 'demo-hr-password'
"$admin" add-user --db "$db" --username manager --role manager --locations LIS-01,LIS-02 --password 'demo-manager-password'
"$admin" add-user --db "$db" --username ops --role operator --password 'demo-ops-password'
: >"$demo/codes.txt"
while IFS=, read -r code _; do
  [[ "$code" == code ]] && continue
  echo "$code $("$admin" issue-codes --db "$db" --location "$code")" >>"$demo/codes.txt"
done <"$root/deploy/demo/locations.csv"

# The demo's kiosks upload every week at once, so no week waits for late answers: no grace period.
"$server" --db "$db" --address 127.0.0.1 --port "$port" --web-root "$root/server/web" \
  --publish-grace-hours 0 --metrics-port "$metrics_port" &
server_pid=$!
trap 'kill -TERM $server_pid 2>/dev/null; wait $server_pid' INT TERM
for _ in $(seq 100); do
  curl -fs "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && break
  sleep 0.1
done

"$simulator" demo --server "http://127.0.0.1:$port" --codes "$demo/codes.txt" --data "$demo/kiosks"
# Publish the weeks that have ended now rather than at the server's next run.
"$admin" publish --db "$db"

# Action plans as HR and the manager would make them on the dashboard: two done five weeks ago
# (so that their before and after weeks are published), some under way, one overdue.
day() { date -u -d "$1 days" +%F; }
plan() { "$admin" add-plan --db "$db" "$@" >/dev/null; }
plan --as manager --location LIS-02 --owner manager --addresses knows-limit --title "Post the limit at every till" \
  --start "$(day -35)" --due "$(day -28)" --status done --ended "$(day -29)" \
  --note "$(day -34):Limit cards printed and put up at all four tills." \
  --note "$(day -30):Repeated the limit at the Monday and Thursday briefings."
plan --as manager --location LIS-01 --owner manager --addresses recognition --title "A thanks board in the break room" \
  --start "$(day -38)" --due "$(day -30)" --status done --ended "$(day -33)" \
  --note "$(day -37):Board up; six notes pinned in the first week." \
  --share --staff-text "en=There is now a thanks board in the break room. Saw a colleague do right by a customer? Pin a note!" \
  --staff-text "es=Ya hay un tablón de agradecimientos en la sala de descanso. ¿Viste a alguien ayudar a un cliente? ¡Deja una nota!" \
  --staff-text "fr=Un tableau des mercis est en salle de pause. Un collègue a bien aidé un client ? Épinglez un mot !"
plan --as manager --location LIS-02 --owner manager --addresses limit-gap --title "Say the exact amount at every briefing" \
  --start "$(day -12)" --due "$(day 16)" --status in_progress --note "$(day -5):Quiz at shift start: most now name 50 EUR." \
  --share --staff-text "en=Many of us guessed the wrong limit. The real one is said at every briefing now: ask your manager if unsure." \
  --staff-text "es=Muchos creíamos otro límite. El real se dice ahora en cada reunión: pregunta a tu responsable si dudas." \
  --staff-text "fr=Beaucoup pensaient à un autre plafond. Le vrai est rappelé à chaque briefing : demandez en cas de doute."
plan --as hr --location MAD-01 --owner hr --addresses collaboration --title "One owner for each customer problem" \
  --start "$(day -30)" --due "$(day -3)"
plan --as hr --organisation --owner hr --addresses leadership --title "Say what changed after each pulse" \
  --start "$(day -20)" --due "$(day 70)" --status in_progress \
  --note "$(day -14):First monthly \"you said, we did\" sent to every store manager."

# What the kiosks show beside the shared plans: success stories and a message from HR.
story() { "$admin" post-story --db "$db" "$@" >/dev/null; }
story --as manager --location LIS-01 \
  --text "en=A customer's cake was left behind on a Saturday; Marta drove it to the wedding herself before the speeches." \
  --text "es=Un sábado se olvidaron una tarta; Marta la llevó ella misma a la boda antes de los discursos." \
  --text "fr=Un samedi, un gâteau a été oublié ; Marta l'a apporté elle-même au mariage avant les discours."
story --as hr --every-store \
  --text "en=In Madrid Sol a till broke at rush hour: the team wrote receipts by hand and nobody left without their shopping." \
  --text "es=En Madrid Sol se averió una caja en hora punta: el equipo hizo tickets a mano y nadie se fue sin su compra." \
  --text "fr=À Madrid Sol, une caisse est tombée en panne en pleine affluence : l'équipe a fait les tickets à la main."
story --as hr --message \
  --text "en=Thank you for answering the pulse: every store now tells you here what changed because of it." \
  --text "es=Gracias por responder: cada tienda les cuenta ahora aquí lo que cambió gracias a ello." \
  --text "fr=Merci de répondre : chaque magasin vous dit maintenant ici ce qui a changé grâce à vous."

# The CX maturity self-assessment of the organisation: two rounds closed six months apart and a
# third under way, answered by HR and a second HR admin (a digit per item: its stage, 1-6).
"$admin" add-user --db "$db" --username hr_ana --role hr_admin --password 'demo-hr-ana-password' >/dev/null
round() { "$admin" maturity-round --db "$db" --as hr --organisation --assessor hr --assessor hr_ana "$@" >/dev/null; }
round --opened "$(day -400)" --answers hr=221211322211111 --answers hr_ana=212121233221121 \
  --closed "$(day -392)" --agreed 2 --note "Customer work depends on a few keen store managers; nothing is tracked yet."
round --opened "$(day -215)" --answers hr=333322433332222 --answers hr_ana=342232443322232 \
  --closed "$(day -207)" --agreed 3 --note "The pulse runs in every store and leaders discuss it monthly; stores still act alone."
round --opened "$(day -12)" --answers hr=443433544433332 --answers hr_ana=435342545423212 \
  --evidence "hr_ana:LEAD3=Two regional directors still skip the monthly review." \
  --evidence "hr_ana:CON2=Madrid and Lisbon handle the same complaint in different ways."
# The manager's region has its first round under way: the manager has answered, HR not yet.
"$admin" maturity-round --db "$db" --as hr --region South --assessor hr --assessor manager --opened "$(day -5)" \
  --answers manager=334323433322221 >/dev/null

cat <<TXT

Storepulse is running with demo data entered through the kiosk protocol.
  Dashboard:  http://127.0.0.1:$port/
  Sign in as: hr / demo-hr-password            (HR: every store)
              manager / demo-manager-password  (manager of LIS-01 and LIS-02)
              ops / demo-ops-password          (operator: kiosks, no scores)
  Kiosk API:  http://127.0.0.1:$port/api/v1/kiosk/   Metrics: http://127.0.0.1:$metrics_port/metrics (loopback only)
  Figures:    weeks that have ended are published; this week is still collecting.
  Plans:      a few action plans (two done, with before and after figures) under Plans and on each store's page.
  Stories:    success stories and an HR message for the kiosks under Stories; shared plans show there too.
  Maturity:   CX maturity rounds under Assessments: the organisation's (two closed, one open) and region South's.
  Database:   $db
Press Ctrl-C to stop.
TXT
wait $server_pid
