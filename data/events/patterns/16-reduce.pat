# CAMEO 16 REDUCE RELATIONS (PLOVER SANCTION; 163 see docs/events.md).
16.reduce            160   v:downgrade|reduce|cut|sever|suspend|freeze|curtail|scale  with=relation|tie|contact|link|cooperation|exchange  recip=with,obl:with
16.break             161   v:sever|break|cut|rupture  obj=relation|tie|link  recip=with
16.break.n           161   n:severance|rupture  with=relation|tie  recip=with
16.recall            161   v:recall|withdraw  obj=ambassador|envoy|diplomat  recip=from,obl:from
16.aid.cut           162   v:cut|halt|suspend|stop|freeze|end|withhold|reduce|slash|terminate  with=aid|assistance|funding|help|support|program|programme  recip=to,for,obl:to
16.econ.cut          1621  v:cut|halt|suspend|stop|freeze|withhold|reduce|slash  with=loan|economic|fund|payment|credit  recip=to,for
16.mil.cut           1622  v:cut|halt|suspend|stop|freeze|withhold  with=military|weapon|arm  recip=to,for
16.hum.cut           1623  v:cut|halt|suspend|stop|freeze|withhold  with=humanitarian|food|relief|delivery  recip=to,for,in
16.sanction          163   v:sanction|blacklist|embargo  recip=obj
16.sanction.n        163   n:sanction|embargo|boycott|tariff|blacklist  without=lift|ease|relax|waive|remove  recip=on,against,obl:on,to
16.sanction.impose   163   v:impose|slap|levy|announce|extend|expand|tighten|widen  obj=sanction|embargo|tariff|boycott|penalty|restriction|duty|ban  recip=on,against,xobj,to,origin
16.ban.imports       163   v:ban|bar|halt|suspend|block|restrict|prohibit  obj=import|export|trade|shipment|sale|purchase|seafood|product|good|flight  recip=from,to,origin
16.ban.imports.n     163   n:ban|embargo|restriction  with=import|export|seafood|trade|product|good  recip=on,from,against,obl:on
16.halt.talks        164   v:halt|suspend|break|end|abandon|pull  with=talk|negotiation|dialogue  recip=with
16.end.mediation     165   v:end|halt|suspend|abandon|withdraw  with=mediation|mediator  recip=between
16.force.out         166   v:force|push|drive  prt=out  recip=obj
16.expel             166   v:expel|eject|oust|deport|kick  with=diplomat|ambassador|envoy|staff|mission|official  recip=poss,obj
16.expel.n           166   n:expulsion  with=diplomat|ambassador|envoy  recip=of,poss
16.expel.intl        1661  v:expel|eject|oust  with=peacekeeper|peacekeeping|force|mission  recip=poss,obj
16.expel.inspectors  1662  v:expel|eject|oust|bar  with=inspector|observer|monitor|investigator  recip=poss,obj
16.expel.aid         1663  v:expel|eject|oust|bar|suspend  with=agency|ngo|worker|organization|organisation  recip=poss,obj
16.close             160   v:close|shut  obj=embassy|consulate|border|airspace  recip=to,poss,obl:to
16.quit.talks        164   v:quit|leave|exit|abandon|walk|withdraw  with=talk|negotiation|dialogue|process  recip=with,from
16.withdraw.mission  166   v:withdraw|pull|evacuate|leave|exit  with=mission|staff|observer|monitor|ngo|group|agency|worker|personnel|embassy|diplomat|inspector|envoy|ambassador|volunteer  recip=from,obl:from
16.convict           116   v:convict|sentence|jail|imprison  with=crime|guilty|prison|year|death|jail|court|tribunal|corruption  recip=obj
16.convict.pass      116   v:convict|sentence  recip=obj
16.conviction.n      116   n:conviction|verdict|sentence  with=hand|deliver|pass|issue|uphold  recip=of,against
16.guilty            116   a:guilty  recip=of
16.force.out.of      166   v:force|push|drive|kick|order  prep=out  recip=obj
