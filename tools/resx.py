#!/usr/bin/env python3
"""Writes a .resx file from a Python dict of key -> text. Usage: resx.py OUT.resx < entries.tsv (key<TAB>text)."""
import sys
from xml.sax.saxutils import escape

HEAD = '''<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
'''

def main():
    out = sys.argv[1]
    entries = []
    for line in sys.stdin.read().splitlines():
        if not line.strip() or line.startswith('#'):
            continue
        key, text = line.split('\t', 1)
        entries.append((key.strip(), text))
    keys = [k for k, _ in entries]
    dup = {k for k in keys if keys.count(k) > 1}
    if dup:
        sys.exit(f"duplicate keys: {sorted(dup)}")
    with open(out, 'w', encoding='utf-8') as f:
        f.write(HEAD)
        for key, text in sorted(entries):
            f.write(f'  <data name="{escape(key)}" xml:space="preserve"><value>{escape(text)}</value></data>\n')
        f.write('</root>\n')

main()
