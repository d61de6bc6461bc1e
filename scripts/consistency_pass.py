#!/usr/bin/env python3
"""One-off consistency pass over corpus/gold (docs/annotation.md, "Decisions on
open points"). Usage: scripts/consistency_pass.py GROUP  (counts|scores|officials|agencies|dates)
Spans are placed by searching the article text (never counted by hand)."""
import json, glob, re, sys, collections

GOLD = 'corpus/gold/'
stats = collections.Counter()

def load(n):
    f = glob.glob(f'{GOLD}{n}_*.json')[0]
    return f, json.load(open(f, encoding='utf-8')), open(f.replace('gold', 'articles').replace('.json', '.txt'), encoding='utf-8').read()

def save(f, d):
    nl = open(f, encoding='utf-8').read().endswith('\n')
    with open(f, 'w', encoding='utf-8') as o:
        json.dump(d, o, ensure_ascii=False, indent=1)
        if nl: o.write('\n')

def find(t, text, occ=1):
    i = -1
    for _ in range(occ):
        i = t.find(text, i + 1)
        if i < 0: raise SystemExit(f'not found: {text!r} occ {occ}')
    return i

def add(d, t, arr, text, occ=1, **fields):
    s = find(t, text, occ)
    if any(x['start'] == s and x['end'] == s + len(text) for x in d[arr]):
        return
    x = {'start': s, 'end': s + len(text), 'text': text}; x.update(fields)
    d[arr].append(x); d[arr].sort(key=lambda y: (y['start'], y['end']))
    stats[f'{arr} added'] += 1

def remove(d, arr, text, all_=True):
    before = len(d[arr]); d[arr] = [x for x in d[arr] if x['text'] != text]
    assert len(d[arr]) < before, (arr, text); stats[f'{arr} removed'] += before - len(d[arr])

def get(d, arr, text):
    r = [x for x in d[arr] if x['text'] == text]; assert r, (arr, text); return r


MEASURES = r'(hektare|hektar|kilometer|meter|sentimeter|ton|kilogram|gram|liter|km|kg)\b'

def counts():
    for f in sorted(glob.glob(GOLD + '*.json')):
        d = json.load(open(f, encoding='utf-8'))
        n = len(d['counts'])
        # measures are not counted nouns
        d['counts'] = [x for x in d['counts'] if not re.match(MEASURES, x['unit'])]
        stats['counts removed'] += n - len(d['counts'])
        # classifiers (unit, buah, lembar, ekor, kali) are not the counted noun
        for x in d['counts']:
            m = re.match(r'(unit|buah|lembar|ekor|kali|butir|batang) (.+)', x['unit'])
            if m and x['unit'] != 'unit kerja':
                x['unit'] = m.group(2); stats['counts changed'] += 1
            m2 = re.match(r'(unit|buah|lembar|ekor|kali|butir|batang) (.+)', x['text'].split(' ', 1)[1].lower() if ' ' in x['text'] else '')
        save(f, d)
    E = {}
    def C(n, text, value, unit, occ=1): E.setdefault(n, []).append((text, value, unit, occ))
    # number words and title-line counts (rule: all cardinals >= 2 with their noun, title included)
    C('001', 'dua tahap', 2, 'tahap'); C('001', 'tiga sif', 3, 'sif')
    C('003', 'tiga anak', 3, 'anak'); C('006', 'dua anaknya', 2, 'anak'); C('034', 'dua anaknya', 2, 'anak')
    C('013', 'tiga tahap', 3, 'tahap'); C('030', 'empat kabupaten/kota', 4, 'kabupaten/kota')
    C('034', 'Tujuh Titik Banjir', 7, 'titik banjir')
    C('037', 'Dua Wali Kota', 2, 'wali kota'); C('037', 'Dua kota', 2, 'kota')
    C('040', 'Dua Unit Kerja', 2, 'unit kerja'); C('040', 'Dua unit kerja', 2, 'unit kerja')
    C('042', 'Dua Tersangka', 2, 'tersangka'); C('042', 'dua tersangka', 2, 'tersangka'); C('042', 'dua tersangka', 2, 'tersangka', 2)
    C('047', 'Dua Perusahaan Tambang', 2, 'perusahaan tambang'); C('047', 'Dua perusahaan', 2, 'perusahaan'); C('047', 'dua perusahaan', 2, 'perusahaan')
    C('049', 'Dua lurah', 2, 'lurah'); C('049', 'tiga kecamatan', 3, 'kecamatan')
    C('053', 'Dua tokoh', 2, 'tokoh'); C('055', '850 Personel', 850, 'personel')
    C('056', 'Tiga daerah', 3, 'daerah'); C('057', 'Tiga Sekolah', 3, 'sekolah')
    C('066', 'Empat Provinsi Baru', 4, 'provinsi baru'); C('066', 'empat daerah otonom baru', 4, 'daerah otonom baru')
    for n, items in E.items():
        f, d, t = load(n)
        for text, value, unit, occ in items:
            add(d, t, 'counts', text, occ, value=value, unit=unit)
        save(f, d)
    # a count needs its noun; league points are not counted nouns; unit as written
    f, d, t = load('056'); remove(d, 'counts', 'sembilan'); save(f, d)
    f, d, t = load('059'); remove(d, 'counts', '10 poin'); save(f, d)
    for n, text, unit in [('002', '212 bidang', 'bidang'), ('028', '1.097 permohonan', 'permohonan'),
                          ('053', 'enam kabupaten/kota', 'kabupaten/kota')]:
        f, d, t = load(n)
        for x in get(d, 'counts', text): x['unit'] = unit; stats['counts changed'] += 1
        save(f, d)

def scores():
    f, d, t = load('024'); add(d, t, 'scores', '24,6 persen', value=24.6, kind='persen', award=None); save(f, d)
    f, d, t = load('013'); add(d, t, 'scores', '7,98 persen', value=7.98, kind='persen', award=None); save(f, d)
    f, d, t = load('038'); add(d, t, 'scores', '98,6 Persen', value=98.6, kind='persen', award='W1'); save(f, d)

if __name__ == '__main__':
    globals()[sys.argv[1]]()
    print(dict(stats))
