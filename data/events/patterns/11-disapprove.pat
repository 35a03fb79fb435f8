# CAMEO 11 DISAPPROVE (PLOVER ACCUSE).
11.criticize         111   v:criticize|criticise|condemn|denounce|slam|blast|decry|deplore|censure|rebuke|chastise|lambaste|castigate|berate|scold|fault|disparage|deride|ridicule  without=military|troop|missile|rocket|drone  recip=obj,for
11.criticism.n       111   n:criticism|condemnation|denunciation|rebuke|censure  recip=of,against,for
11.denounce.verbal   111   v:express|voice  obj=concern|disapproval|displeasure|dismay|outrage|anger|indignation|frustration|regret|dissatisfaction|alarm  recip=over,at,about,with
11.protest.verbal    111   v:protest  obj=decision|move|visit|sale|policy|plan|deployment  recip=poss,to
11.accuse            112   v:accuse|blame|charge|allege|implicate  recip=obj,iobj
11.accusation.n      112   n:accusation|allegation|charge|claim  with=make|level|reject|deny  recip=against,of
11.accuse.crime      1121  v:accuse|charge  with=crime|corruption|fraud|bribery|smuggling|murder|terrorism|terrorist|espionage|spy|spying  recip=obj
11.accuse.rights     1122  v:accuse  with=abuse|torture|violation|right|atrocity|repression|persecution  recip=obj
11.accuse.aggression 1123  v:accuse  with=aggression|attack|invasion|provocation|incursion|violation|bombing|shelling|interference  recip=obj
11.accuse.war        1124  v:accuse  with=war|genocide|massacre  recip=obj
11.accuse.spy        1125  v:accuse  with=espionage|spy|spying|surveillance|hacking|cyberattack  recip=obj
11.rally.opp         113   v:rally|mobilize|mobilise  prep=against  recip=against
11.complain          114   v:complain|protest  prep=to|about|over|against  recip=over,about,against,to
11.complaint.n       114   n:complaint|protest  with=lodge|file|formal|diplomatic|submit  recip=to,with,against,over
11.summon            114   v:summon  with=ambassador|envoy|diplomat|charge|representative  recip=obj,poss
11.sue               115   v:sue  recip=obj
11.lawsuit           115   n:lawsuit|suit|case  with=file|bring|launch  recip=against
11.convict           116   v:convict|sentence|condemn  with=guilty|prison|year|death|jail  recip=obj
11.guilty            116   v:find  with=guilty  recip=obj
13.warn              130   v:warn|caution  recip=obj,iobj,against conf=0.7
11.attack.verbal     111   v:attack  with=remark|statement|policy|comment|speech|decision|plan|proposal|record|government|leadership  recip=obj
