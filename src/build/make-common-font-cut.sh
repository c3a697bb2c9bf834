#!/usr/bin/env bash
# Makes the common cut of Noto Serif SC (src/main/resources/fonts/*-GB2312.ttf) from the full fonts:
# every character of the font except the ideographs outside GB 2312, glyphs renumbered, layout
# tables dropped (Flying Saucer does not use them). The cut is committed; run this only to remake it.
# Needs fontTools (Debian: apt-get install fonttools). Why the cut exists: see FormFonts.java.
set -euo pipefail
cd "$(dirname "$0")/../main/resources/fonts"

codes=$(mktemp)
trap 'rm -f "$codes"' EXIT
/usr/bin/python3 - NotoSerifSC-Regular.ttf > "$codes" <<'PY'
import sys
from fontTools.ttLib import TTFont

def ideograph(cp):
    return 0x3400 <= cp <= 0x4DBF or 0x4E00 <= cp <= 0x9FFF or 0xF900 <= cp <= 0xFAFF or cp >= 0x20000

def in_gb2312(cp):
    try:
        chr(cp).encode('gb2312')
        return True
    except UnicodeEncodeError:
        return False

for cp in sorted(TTFont(sys.argv[1], lazy=True).getBestCmap()):
    if not ideograph(cp) or in_gb2312(cp):
        print('U+%04X' % cp)
PY

for weight in Regular Bold; do
  pyftsubset "NotoSerifSC-$weight.ttf" --unicodes-file="$codes" --layout-features='' \
    --drop-tables+=BASE,STAT,GDEF,GPOS,GSUB,vhea,vmtx --name-IDs='*' --name-languages='*' --name-legacy \
    --notdef-outline --output-file="NotoSerifSC-$weight-GB2312.ttf"
done
