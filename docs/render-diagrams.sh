#!/usr/bin/env bash
# Exports every bpmn/*.bpmn as docs/images/<name>.png: bpmn-js (from the npm registry, into a temporary folder)
# draws the model with its Modeler layout in headless Chromium, which takes the screenshot.
# Needs node/npm and Debian's chromium. Usage: docs/render-diagrams.sh
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm init -y >/dev/null && npm install --silent --no-audit --no-fund bpmn-js@18 >/dev/null)
viewer="$work/node_modules/bpmn-js/dist/bpmn-viewer.production.min.js"
for model in bpmn/*.bpmn; do
  name=$(basename "$model" .bpmn)
  python3 - "$model" "$viewer" "$work/$name.html" <<'PY'
import json, sys
model, viewer, page = sys.argv[1:4]
xml = open(model, encoding="utf-8").read()
open(page, "w", encoding="utf-8").write(f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<style>html,body{{margin:0;background:#fff}}#canvas{{width:100vw;height:100vh}}</style>
<script src="file://{viewer}"></script></head><body><div id="canvas"></div><script>
const viewer = new BpmnJS({{ container: '#canvas' }});
viewer.importXML({json.dumps(xml)}).then(() => {{
  const canvas = viewer.get('canvas'); canvas.zoom('fit-viewport', 'auto');
  document.title = 'rendered';
}}).catch(error => {{ document.body.textContent = 'FAILED ' + error; }});
</script></body></html>""")
PY
  width=3500; height=720
  [ "$name" = "housekeeping" ] && width=700 && height=260
  chromium --headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync --user-data-dir="$work/profile" \
    --allow-file-access-from-files --hide-scrollbars --virtual-time-budget=5000 \
    --window-size="$width,$height" --screenshot="docs/images/$name.png" "file://$work/$name.html" 2>/dev/null
  echo "docs/images/$name.png"
done
