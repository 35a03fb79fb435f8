# CAMEO 07 PROVIDE AID (PLOVER AID).
07.provide           070   v:provide|give|send|deliver|donate|supply|grant|extend|ship|transfer|airlift  with=aid|assistance|help|support|relief|package  recip=iobj,to,obj,obl:with
07.aid.n             070   n:aid|assistance  with=provide|send|deliver|give  recip=to,for
07.econ              071   v:provide|give|send|grant|extend|lend|loan|donate|transfer  with=loan|credit|grant|fund|funding|money|dollar|euro|yuan|yen|billion|million|budget|investment  recip=iobj,to,obj
07.mil               072   v:provide|give|send|deliver|supply|ship|transfer|sell|arm|equip  with=weapon|arm|ammunition|munition|missile|tank|jet|drone|artillery|shell|rifle|equipment|military  recip=iobj,to,obj,obl:with
07.arm               072   v:arm|equip  recip=obj
07.hum               073   v:provide|give|send|deliver|donate|supply|ship|airlift|distribute|hand|rush|fly|evacuate  with=food|medicine|medical|vaccine|shelter|tent|water|humanitarian|relief|blanket|fuel  recip=iobj,to,obj
07.protect           074   v:deploy|send|provide|dispatch  with=peacekeeper|peacekeeping|protection|escort  recip=to,in
07.asylum            075   v:grant|give|offer  obj=asylum|refuge|sanctuary  recip=iobj,to
07.asylum.n          075   n:asylum  with=grant|give  recip=to
07.package.n         070   n:package|aid|assistance|loan|grant  with=aid|billion|million|dollar|emergency|humanitarian|relief|financial  recip=to,for,with,between
07.aid.arrive        073   v:arrive|reach|land  with=aid|relief|food|medicine|supply|shipment|convoy|humanitarian  recip=in,to
07.forgive.debt      071   v:forgive|cancel|write|waive|relieve  with=debt|loan|million|billion|arrears  recip=poss,to,for,of
07.arms.arrive       072   v:arrive|land|reach  with=arm|weapon|trainer|ammunition|shipment|equipment  recip=in,to
07.evacuate          073   v:evacuate|airlift|rescue|ferry  with=wounded|injured|civilian|refugee|sick|casualty|child|stranded  recip=from,obj
