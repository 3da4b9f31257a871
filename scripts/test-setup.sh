#!/usr/bin/env bash
# Installs what the integration and browser tests need on Debian (bookworm): Dovecot IMAP + LMTP
# (throwaway instances run from temp dirs, never the system service), mbsync for benchmarks,
# Chromium for the renderer tests and CJK fonts so screenshots show Japanese/Chinese/Korean.
# Idempotent: does nothing when everything is present.
set -euo pipefail
export PATH="$PATH:/usr/sbin:/sbin"

PACKAGES=(dovecot-imapd dovecot-lmtpd isync chromium fonts-noto-cjk openssl)

installed() {
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'
}

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for pkg in "${PACKAGES[@]}"; do
    installed "$pkg" || missing+=("$pkg")
  done
else
  # Not Debian: check the programs themselves and leave installing to the user.
  for bin in dovecot doveadm mbsync chromium openssl; do
    command -v "$bin" >/dev/null 2>&1 || missing+=("$bin")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    echo "test-setup: missing ${missing[*]}; install Dovecot (imap + lmtp), isync (mbsync), Chromium, CJK fonts and openssl." >&2
    exit 1
  fi
fi

if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "test-setup: missing packages: ${missing[*]}" >&2
    echo "Install them as root, then re-run:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
    exit 1
  fi

  # Package scripts would start the system Dovecot; policy-rc.d exiting 101 forbids it.
  # Keep any policy-rc.d that was already there (container images ship one) and restore it.
  policy=/usr/sbin/policy-rc.d
  backup=""
  if [ -e "$policy" ]; then
    backup="$(mktemp)"
    cp -p "$policy" "$backup"
  fi
  restore_policy() {
    if [ -n "$backup" ]; then
      mv -f "$backup" "$policy"
    else
      rm -f "$policy"
    fi
  }
  trap restore_policy EXIT
  printf '#!/bin/sh\nexit 101\n' >"$policy"
  chmod 0755 "$policy"

  export DEBIAN_FRONTEND=noninteractive
  echo "test-setup: installing ${missing[*]}"
  apt-get update
  apt-get install -y --no-install-recommends -o DPkg::Lock::Timeout=300 "${missing[@]}"

  restore_policy
  trap - EXIT
fi

if [ "$(id -u)" -eq 0 ]; then
  # The system service must not run: tests start their own instances on free ports.
  if [ -d /run/systemd/system ] && command -v systemctl >/dev/null 2>&1; then
    systemctl disable --now dovecot.service dovecot.socket >/dev/null 2>&1 || true
  elif [ -s /run/dovecot/master.pid ] && kill -0 "$(cat /run/dovecot/master.pid)" 2>/dev/null; then
    # Only the instance using the system config (its pid file is /run/dovecot/master.pid).
    /usr/sbin/dovecot -c /etc/dovecot/dovecot.conf stop || true
  fi

  # As root, Dovecot refuses uid 0 for mail: test instances deliver as this system user.
  if ! getent passwd vmail >/dev/null; then
    useradd --system --user-group --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin vmail
  fi
fi

echo "test-setup: ready (dovecot $(dovecot --version), $(mbsync --version | head -n1))"
