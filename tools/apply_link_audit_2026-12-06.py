import json,sys
sys.path.insert(0,'/work/main/tools'); from jsonlines import dump_framework
D='/work/main/data/'
de=json.load(open(D+'i18n/de.json'))
def A(s,t): return {"s":s,"text":t}
adds = {  # (fw, ref): [(el, facets, adds or None, de text)]
 ('iso27001','A.5.10'): [('documented_info',['procedures'],A('sec','handling procedures for information and assets'),'Verfahren für den Umgang mit Informationen und Werten')],
 ('iso27001','A.5.17'): [('competence',['aware'],A('sec','advice to staff on handling authentication information'),'Hinweise an Beschäftigte zum Umgang mit Authentisierungsinformationen')],
 ('iso27001','A.8.7'): [('competence',['aware'],A('sec','user awareness of malware'),'Sensibilisierung der Benutzer für Schadsoftware')],
 ('iso27701','6.6.1'): [('technical_security',['network'],None,None)],
 ('iso27701','6.6.3'): [('competence',['aware'],A('sec','users follow the rules for secret authentication information'),'Benutzer befolgen die Regeln für geheime Authentisierungsinformationen')],
 ('iso27701','6.9.2'): [('competence',['aware'],A('sec','user awareness of malware'),'Sensibilisierung der Benutzer für Schadsoftware')],
 ('iso27701','A.7.5.3'): [('privacy_rights',['tell_third'],None,None)],
 ('iso27701','B.8.5.1'): [('processor_obligations',['assist'],None,None)],
 ('iso9001','5.1.2'): [('customer_focus',['satisfaction'],None,None),('risk_method',['ro'],A('q','risks and opportunities that can affect conformity and customer satisfaction'),'Risiken und Chancen, die Konformität und Kundenzufriedenheit beeinflussen können')],
 ('iso9001','7.5.3.2'): [('documented_info',['records'],None,None)],
 ('iso9001','8.2.1'): [('business_continuity',['plan'],A('q','contingency actions for customer deliveries where relevant'),'Notfallmaßnahmen für Lieferungen an Kunden, wo relevant')],
 ('nist-ai-rmf','MAP 1.1'): [('ai_impact',['individuals','society','benefits'],None,None),('ai_monitoring',['metrics'],None,None),('legal_compliance',['register'],A('ai',"laws and norms of the AI system's context of use"),'Gesetze und Normen des Einsatzkontexts des KI-Systems')],
 ('nist-ai-rmf','MANAGE 4.1'): [('ai_oversight',['override'],None,None),('ai_lifecycle',['retire'],None,None),('incident_mgmt',['respond'],A('ai','response to and recovery from AI system incidents'),'Reaktion auf Vorfälle mit KI-Systemen und Wiederherstellung'),('change_mgmt',['approve','record'],A('ai','changes to AI systems in operation'),'Änderungen an KI-Systemen im Betrieb')],
 ('nist-ai-rmf','MAP 2.2'): [('ai_oversight',['oversight'],None,None)],
 ('nist-ai-rmf','MAP 2.3'): [('ai_data',['acquire','quality'],None,None)],
 ('nist-ai-rmf','MEASURE 1.1'): [('ai_risk',['tracking'],None,None)],
 ('nist-ai-rmf','MEASURE 2.6'): [('ai_monitoring',['in_service'],None,None),('ai_oversight',['override'],None,None)],
 ('nist-ai-rmf','MEASURE 2.8'): [('ai_monitoring',['trust_eval'],None,None)],
 ('nist-ai-rmf','MEASURE 2.12'): [('ai_impact',['society'],None,None)],
 ('nist-ai-rmf','MEASURE 3.3'): [('ai_monitoring',['metrics'],None,None),('ai_transparency',['feedback'],None,None)],
 ('nist-ai-rmf','MEASURE 4.1'): [('ai_monitoring',['metrics'],None,None),('ai_transparency',['feedback'],None,None)],
 ('nist-ai-rmf','MEASURE 4.2'): [('ai_monitoring',['trust_eval','in_service'],None,None)],
}
files={}
for (fw,ref),new in adds.items():
    p=D+f'frameworks/{fw}.json'
    j=files.setdefault(p,json.load(open(p)))
    targets=[r for r in j['requirements'] if r['ref']==ref or r.get('twin_of')==ref]
    assert targets,(fw,ref)
    for r in targets:
        for el,fs,ad,dt in new:
            ex=[l for l in r['links'] if l['el']==el]
            if ex and not ad and not ex[0].get('adds'):
                ex[0]['f']=ex[0]['f']+[f for f in fs if f not in ex[0]['f']]; continue
            if ex:
                print('skip existing element with adds', fw, ref, el); continue
            r['links'].append({"el":el,"f":fs,"adds":ad})
            if dt: de[f"a:{fw}:{r['ref']}:{len(r['links'])-1}"]=dt
for p,j in files.items(): dump_framework(j,p)
open(D+'i18n/de.json','w').write(json.dumps(dict(sorted(de.items())),indent=0,ensure_ascii=False)+'\n')
