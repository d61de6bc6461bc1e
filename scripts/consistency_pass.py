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


def setf(n, arr, id_, **kv):
    f, d, t = load(n)
    for x in d[arr]:
        if x['id'] == id_:
            for k, v in kv.items():
                assert k in x, (n, id_, k)
                if x[k] != v: x[k] = v; stats[f'{arr} changed'] += 1
    save(f, d)

def officials():
    T = 'Kepala Pelaksana Badan Penanggulangan Bencana Daerah'
    setf('006', 'officials', 'O1', title=T); setf('012', 'officials', 'O3', title=T)
    setf('053', 'officials', 'O3', title='Kepala Perwakilan BKKBN')
    setf('064', 'officials', 'O1', title='Kepala BPS')
    setf('030', 'officials', 'O3', title='Kepala Cabang BPJS Kesehatan')
    setf('026', 'officials', 'O2', title='Kepala Bidang Hubungan Masyarakat')

def agencies():
    A = lambda n, i, **kv: setf(n, 'agencies', i, **kv)
    DPRD = 'Dewan Perwakilan Rakyat Daerah'
    A('002', 'A3', name='Badan Pemeriksa Keuangan Perwakilan Provinsi Aceh', acronym='BPK Perwakilan Aceh')
    A('002', 'A4', name=DPRD + ' Kota Banda Aceh', acronym='DPRD Kota Banda Aceh')
    A('005', 'A1', name=DPRD + ' Kota Pekanbaru')
    A('005', 'A2', name='Badan Anggaran ' + DPRD + ' Kota Pekanbaru')
    A('018', 'A8', name=DPRD + ' Kota Surabaya', acronym='DPRD Kota Surabaya')
    A('022', 'A2', name=DPRD + ' Kota Denpasar', acronym='DPRD Kota Denpasar')
    A('058', 'A4', name='Badan Anggaran ' + DPRD + ' Provinsi Maluku Utara')
    A('008', 'A3', name='Ombudsman Republik Indonesia Perwakilan Provinsi Bengkulu', acronym='Ombudsman RI Perwakilan Bengkulu')
    A('048', 'A1', name='Ombudsman Republik Indonesia Perwakilan Provinsi Sulawesi Selatan')
    A('015', 'A2', name='Tim Penggerak Pemberdayaan Kesejahteraan Keluarga Kabupaten Klaten')
    A('025', 'A2', name='Tim Penggerak Pemberdayaan Kesejahteraan Keluarga Kabupaten Lombok Timur')
    A('021', 'A5', name='Rumah Sakit Umum Daerah Sidoarjo', acronym='RSUD Sidoarjo')
    BK = 'Perwakilan Badan Kependudukan dan Keluarga Berencana Nasional Provinsi Nusa Tenggara Barat'
    A('024', 'A4', name=BK, acronym='BKKBN NTB'); A('025', 'A5', name=BK)
    A('053', 'A2', acronym='Perwakilan BKKBN Provinsi Gorontalo')
    A('026', 'A2', name='Direktorat Reserse Kriminal Umum Kepolisian Daerah Nusa Tenggara Timur')
    A('003', 'A2', name='Satuan Reserse Narkoba Kepolisian Resor Kota Besar Medan', acronym='Resnarkoba Polrestabes Medan')
    A('003', 'A3', name='Satuan Brigade Mobil Kepolisian Daerah Sumatera Utara', acronym='Brimob Polda Sumatera Utara')
    BP = 'Badan Penyelenggara Jaminan Sosial Kesehatan'
    A('018', 'A7', name=BP); A('030', 'A1', name=BP)
    A('030', 'A2', name=BP + ' Cabang Tanjungpinang', acronym='BPJS Kesehatan Cabang Tanjungpinang')
    A('038', 'A4', name=BP + ' Cabang Palangka Raya', acronym='BPJS Kesehatan Cabang Palangka Raya')
    A('056', 'A1', acronym='BPK Perwakilan Provinsi Maluku')
    A('055', 'A2', acronym='Polresta Pulau Ambon dan Pulau-Pulau Lease')
    A('021', 'A2', acronym='Kejati Jawa Timur')
    # acronyms of regional bodies that the text never writes
    for n, i in [('001', 'A4'), ('002', 'A5'), ('007', 'A2'), ('007', 'A3'), ('007', 'A4'), ('008', 'A5'),
                 ('009', 'A2'), ('009', 'A4'), ('010', 'A3'), ('011', 'A5'), ('013', 'A1'), ('016', 'A4'),
                 ('017', 'A3'), ('020', 'A4'), ('021', 'A3'), ('022', 'A1'), ('023', 'A3'), ('023', 'A4'),
                 ('024', 'A2'), ('030', 'A4'), ('031', 'A1'), ('032', 'A3'), ('038', 'A3'), ('043', 'A5'),
                 ('050', 'A2'), ('054', 'A2'), ('056', 'A2'), ('056', 'A4'), ('062', 'A4')]:
        A(n, i, acronym=None)

POD = {'dini hari': 'NI', 'pagi': 'MO', 'siang': 'MI', 'sore': 'AF', 'petang': 'EV', 'malam': 'NI'}

def dates():
    for f in sorted(glob.glob(GOLD + '*.json')):
        d = json.load(open(f, encoding='utf-8')); t = open(f.replace('gold', 'articles').replace('.json', '.txt'), encoding='utf-8').read()
        for x in d['dates']:
            if x['type'] == 'set' or not x['value'] or 'T' in x['value'] or 'W' in x['value'] or x['type'] != 'date':
                continue
            m = re.match(r'\s(dini hari|pagi|siang|sore|petang|malam)\b', t[x['end']:])
            w = re.search(r'\s(dini hari|pagi|siang|sore|petang|malam)$', x['text'])
            pod = m.group(1) if m else (w.group(1) if w else None)
            if not pod: continue
            if m:
                x['end'] += len(m.group(0)); x['text'] = t[x['start']:x['end']]
            x['type'] = 'time'; x['value'] = x['value'] + 'T' + POD[pod]
            stats['dates changed'] += 1
        for x in d['dates']:
            if x['text'] == 'sepekan' and x['value'] == 'P7D': x['value'] = 'P1W'; stats['dates changed'] += 1
        save(f, d)

if __name__ == '__main__':
    globals()[sys.argv[1]]()
    print(dict(stats))
