#!/usr/bin/env bash
# The whole Box setup by hand, as an admin does it, on a private X server: the real window driven
# by the keyboard only (xdotool: Alt+A, B opens the connect wizard at its Box branch, then each
# field by its mnemonic), the real keychain (gnome-keyring in this D-Bus session) and the
# sandbox's own developer console, its forms posted as a browser posts them (curl). Screenshots of
# each step go to OUT_DIR; the last lines are the CLI's account list (one verified JWT account).
#   usage: dbus-run-session -- packaging/tools/rehearse-box-setup.sh [BUILD_DIR] [OUT_DIR]
#   needs: xvfb xdotool imagemagick curl openssl gnome-keyring
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${1:-$root/build/ci}
out=${2:-$(mktemp -d /tmp/authdeck-rehearsal.XXXXXX)}
scratch=$(mktemp -d)
export HOME=$scratch/home XDG_RUNTIME_DIR=$scratch/run
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" "$out"
chmod 700 "$XDG_RUNTIME_DIR"
echo -n rehearsal | gnome-keyring-daemon --unlock --components=secrets >/dev/null
display=:$((50 + RANDOM % 40))
Xvfb "$display" -screen 0 1280x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
export DISPLAY=$display
sleep 1
"$build/authdeck" --sandbox >"$scratch/app.log" 2>&1 &
app=$!
trap 'kill $app $xvfb 2>/dev/null || true; rm -rf "$scratch"' EXIT
sleep 4
shot() { import -window root "$out/$1.png"; }
k() { xdotool key "$@"; sleep 0.4; }
t() { xdotool type --delay 15 "$1"; sleep 0.3; }

# The sandbox's console (the status bar links it): create the app, note its Client ID and secret.
base=""
for p in $(ss -ltnp | grep authdeck | grep -o '127.0.0.1:[0-9]*'); do
    curl -s -m 3 "http://$p/developers/console" | grep -q "Developer Console" && base=http://$p
done
console=$base/developers/console
token=$(curl -s "$console" | grep -o 'name="console_token" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
created=$(curl -s --data-urlencode console_token="$token" --data-urlencode name=Rehearsal \
    --data-urlencode redirect_uri= "$console")
client=$(grep -o 'Client ID: [^ <]*' <<<"$created" | head -1 | sed 's/Client ID: //')
secret=$(grep -o 'Client Secret: [^< ]*' <<<"$created" | head -1 | sed 's/Client Secret: //')

xdotool windowfocus --sync "$(xdotool search --onlyvisible --class authdeck | head -1)"
k alt+a; k b; sleep 1.5                      # Accounts → Set up a Box app…
k alt+i; t "$client"; k alt+e; t "$secret"; shot 1-create
k alt+n; sleep 1
k alt+p; t rehearsal-pass; k alt+e; t rehearsal-pass; k alt+r; sleep 6; shot 2-key-pair
# The public key the page shows (Copy public key), pasted into the console's Add a Public Key.
key=$(ls "$HOME"/.local/share/AuthDeck/keys/*.pem | head -1)
public=$(openssl pkey -in "$key" -passin pass:rehearsal-pass -pubout)
added=$(curl -s --data-urlencode console_token="$token" --data-urlencode client_id="$client" \
    --data-urlencode "public_key=$public" "$console")
kid=$(grep -o 'Public Key ID: [^<]*' <<<"$added" | head -1 | sed 's/Public Key ID: //')
enterprise=$(grep -o 'Enterprise ID: <code>[^<]*' <<<"$added" | head -1 | sed 's/.*<code>//')
k alt+n; sleep 1; k alt+k; t "$kid"; shot 3-public-key-id
k alt+n; k alt+n; k alt+n; sleep 1; k alt+e; t "$enterprise"; shot 6-enterprise
k alt+n; sleep 1; shot 7-review
k alt+v; sleep 5; shot 8-refused                 # the admin has not authorized the app yet
# Admin Console → Platform Apps Manager: the admin authorizes the app; then verify again.
curl -s --data-urlencode console_token="$token" --data-urlencode authorize_client_id="$client" \
    "$console" | grep -o 'Authorized [^<]*'
k alt+g; sleep 1; shot 5-authorize               # "Go to step 5 to fix it"
k alt+n; k alt+n; sleep 1
k alt+v; sleep 5; shot 9-done
k Return; sleep 2; shot 10-main-window
kill $app
wait $app 2>/dev/null || true
"$build/authdeck-cli" --sandbox accounts
echo "screenshots: $out"
