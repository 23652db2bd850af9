#!/usr/bin/env python3
"""Scores a findings.json against an eval project's EXPECTED.md (the answer key its author wrote without seeing the tool).

Usage: python3 test-projects/score-eval.py test-projects/eval-a path/to/findings.json [legacy]
Prints how many must-report rows are hit, then each miss (MISS) and each finding no row allows (EXTRA;
LOOKALIKE when a must-not row names it). A row matches a finding of its rule on its line or an "also accepted" line.
"""
import json,re,sys
proj=sys.argv[1]; findings_file=sys.argv[2]; legacy=len(sys.argv)>3 and sys.argv[3]=='legacy'
md=open(proj+'/EXPECTED.md').read()
sections={}
cur=None
for line in md.splitlines():
    if line.startswith('## '):
        h=line[3:].lower()
        if 'must report only' in h or 'legacy' in h and 'must' in h: cur='legacy'
        elif 'must not' in h or 'must_not' in h: cur='not'
        elif 'must report' in h: cur='must'
        elif 'debatable' in h: cur='deb'
        else: cur=None
        continue
    if cur and line.startswith('|') and (line.startswith('| file') or line.startswith('| #') or line.startswith('| id')):
        hdr=[c.strip().lower() for c in line.strip().strip('|').split('|')]
        fi=hdr.index('file'); li=hdr.index('line'); ri=[i for i,h in enumerate(hdr) if h.startswith('rule')][0]
        continue
    if cur and line.startswith('|') and not line.startswith('|---') and not line.startswith('| ---'):
        cells=[c.strip() for c in line.strip().strip('|').split('|')]
        if len(cells)<3: continue
        f=cells[fi].strip('`')
        lm=re.match(r'(\d+)(?:-(\d+))?$',cells[li])
        if not lm: continue
        ln=int(lm.group(1))
        rule=cells[ri].strip('`').rstrip('?')
        acc=[(f,x) for x in range(ln,int(lm.group(2) or ln)+1)]
        extra=' '.join(cells[ri+1:])
        for m in re.finditer(r'`([^`]+)`:(\d+)',extra): acc.append((m.group(1),int(m.group(2))))
        for m in re.finditer(r'lines? (\d+)(?:-(\d+))?',re.sub(r'`[^`]+`:\d+','',extra)):
            a=int(m.group(1)); b=int(m.group(2) or a)
            for x in range(a,b+1): acc.append((f,x))
        sections.setdefault(cur,[]).append(dict(file=f,line=ln,rule=rule,acc=acc,raw=line))
F=json.load(open(findings_file))
fs=F['findings'] if isinstance(F,dict) else F
got=[(x['file'],x['line'],x['ruleId'] if 'ruleId' in x else x['rule']) for x in fs]
must=sections.get('must',[])+ (sections.get('legacy',[]) if legacy else [])
if legacy:
    # remove callback/report BW007 rows flagged "not BW007 under LEGACY"
    must=[m for m in must if not (m['rule']=='BW007' and ('LEGACY' in m['raw']))]
used=set()
missed=[]
for m in must:
    hit=[g for g in got if g[2]==m['rule'] and (g[0],g[1]) in m['acc']]
    if hit: used.update(hit)
    else: missed.append(m)
deb=sections.get('deb',[])
debhit=set()
for d in deb:
    for g in got:
        if (g[0],g[1]) in d['acc']: debhit.add(g)
notl=sections.get('not',[])
fp=[]
for g in got:
    if g in used or g in debhit: continue
    why=[n for n in notl if (n['file'],n['line'])==(g[0],g[1]) and n['rule'] in (g[2],'any')]
    fp.append((g, 'LOOKALIKE' if why else 'unlisted'))
print(f"must {len(must)} hit {len(must)-len(missed)} missed {len(missed)}; findings {len(got)}; extra {len(fp)}")
for m in missed: print('MISS', m['rule'], m['file'], m['line'], '|', m['raw'].split('|')[4][:110])
for g,k in fp: print('EXTRA', k, g)
