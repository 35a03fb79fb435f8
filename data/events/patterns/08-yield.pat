# CAMEO 08 YIELD (PLOVER CONCEDE 080-083, RETREAT 084-087).
08.yield             080   v:yield|concede|capitulate|relent|bow|cave|surrender|succumb  recip=to,obl:to
08.yield.n           080   n:concession  recip=to
08.give.in           080   v:give|cave|bow|back  prt=in|into|down  recip=to,obl:to,into
08.give.into         080   v:give|cave|bow|bend  prep=into|in|to  with=demand|pressure|request  recip=poss,by,from
08.protest.end       080   v:suspend|end|halt|stop|abandon  with=protest|strike|demonstration|boycott|sit-in|rally|walkout|blockade|hunger|attack|offensive|hostility|fighting|campaign  recip=obj
08.suspension.n      080   n:suspension|halt|end|cessation  with=protest|strike|demonstration|boycott|attack|offensive|hostility|fighting|campaign  recip=of
08.halt.policy       0832  v:halt|freeze|stop|suspend|shelve|shutter|scrap|cancel  with=settlement|construction|building|demolition|eviction|project|plan|program|programme|reform|law|bill|dam|mine|pipeline  without=aid|assistance|military|economic|humanitarian|funding  recip=obj
08.withdraw.claim    0832  v:withdraw|drop|abandon  obj=complaint|lawsuit|case|claim|suit|objection|veto|bid  recip=against,obj
08.ease.admin        081   v:lift|ease|relax|end|suspend|remove|loosen|scrap  obj=restriction|ban|curb|control|measure|blackout|blockade|limit|quarantine  recip=on,for,obl:on
08.ease.curfew       0813  v:lift|ease|relax|end|shorten|reduce|remove|scrap|revoke|cancel|suspend  obj=curfew|lockdown  recip=on,in
08.ease.emergency    0814  v:lift|end|revoke  obj=emergency|law  with=emergency|martial  recip=in,on
08.ease.dissent      082   v:allow|permit|legalize|legalise|tolerate|authorize|authorise  with=protest|demonstration|rally|march|opposition|party|gathering  recip=obj
08.accede            083   v:accede|accept|meet|grant|concede  obj=demand|request|condition|term  recip=poss,of
08.accede.leader     0831  v:resign|step|quit  recip=obj
08.accede.policy     0832  v:reverse|withdraw|rescind|repeal|revoke|drop|abandon  obj=policy|plan|decision|law|bill|decree|order  recip=obj
08.accede.rights     0833  v:restore|grant|guarantee  obj=right|freedom|liberty  recip=to
08.accede.inst       0834  v:hold|call  obj=election|referendum|vote  recip=obj conf=0.6
08.release           0841  v:release|free|repatriate|return|exchange|swap  with=prisoner|hostage|detainee|captive|soldier|sailor|crew|citizen|national|journalist|activist|pow  recip=obj,to,poss
08.release.prop      0842  v:return|restore|hand|release  with=property|territory|land|asset|ship|vessel|body|remains|artifact  recip=to,iobj
08.ease.sanctions    085   v:lift|ease|relax|suspend|remove|end|scrap|waive  obj=sanction|embargo|tariff|boycott|ban|restriction  recip=on,against,for,origin
08.ease.sanctions.n  085   n:lifting|easing|removal|suspension  with=sanction|embargo|tariff|ban  recip=on,against
08.access            086   v:allow|permit|admit|let|accept|grant  with=inspector|monitor|observer|investigator|peacekeeper|inspection|mission|access|entry  recip=obj,to
08.access.hum        0863  v:allow|permit|let|grant  with=aid|humanitarian|convoy|relief  recip=obj,to
08.access.inspect    0862  v:accept|allow|admit|receive|let  with=inspector|monitor|observer|investigator  recip=obj,poss
08.access.peace      0861  v:accept|allow|admit  obj=peacekeeper|peacekeeping|force  recip=obj
08.demil             087   v:withdraw|pull|retreat|redeploy|evacuate  with=troop|force|soldier|unit|army|military|personnel|warship|ship|tank|weapon  without=inspector|worker|staff|diplomat|observer|monitor  recip=from,obl:from
08.withdraw.out      087   v:pull  prt=out|back  recip=from
08.withdrawal.n      087   n:withdrawal|pullout|pull-out|pullback|drawdown|redeployment  recip=from
08.ceasefire         0871  v:declare|observe|announce|implement|agree|respect|accept  obj=ceasefire|truce|armistice  recip=with mutual
08.ceasefire.n       0871  n:ceasefire|truce|armistice  with=declare|announce|observe  recip=with,between mutual
08.blockade.ease     0872  v:lift|ease|end  obj=blockade|siege  recip=on,of
08.demobilize        0873  v:demobilize|demobilise|disarm|disband|decommission  recip=obj
08.retreat           0874  v:retreat|withdraw|leave|vacate|evacuate|abandon  with=position|town|city|area|territory|village|base|region  recip=from,obj
08.surrender         0874  v:surrender  with=town|city|territory|weapon  recip=to
08.resign            0831  v:resign|quit|step  without=talk|negotiation|deal|alliance|coalition|process  recip=from,obj
08.stop.hostilities  0871  v:stop|halt|cease|end|suspend  with=hostility|hostilities|fighting|fire|shelling|bombing|attack|offensive|war  recip=with,against
08.repatriation      0841  n:repatriation|swap|exchange  with=prisoner|refugee|detainee|hostage|deal|agreement  recip=between,with mutual
08.ceasefire.sign    0871  v:sign|reach|agree|broker|accept  obj=ceasefire|truce|armistice  recip=with mutual
08.disarm.lay        0873  v:lay|hand|give|surrender  obj=arm|weapon  prt=down|over|in|up  recip=to
08.peacekeepers.arrive 0861 v:arrive|deploy|land  with=peacekeeper|peacekeeping|observer|monitor|blue  prep=in|to|at  recip=in,to
08.calloff.protest   080   v:call  prt=off  with=strike|protest|boycott|sit-in|demonstration|march|walkout|rally|blockade  wrap=cancel recip=obj
