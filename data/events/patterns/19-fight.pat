# CAMEO 19 FIGHT (PLOVER ASSAULT).
19.fight             190   v:fight|battle|combat|engage|war  recip=obj,with,against mutual
19.fight.n           190   n:fighting|combat|battle|war|hostility|hostilities|clash|skirmish|conflict|firefight|gunfight  recip=with,against,between,in mutual conf=0.65
19.blockade          191   v:blockade|besiege|encircle|surround|cordon  recip=obj
19.blockade.n        191   n:blockade|siege|encirclement  recip=of,on
19.occupy            192   v:occupy|annex|seize|capture|overrun|take|conquer  with=territory|town|city|village|region|land|area|island|base|airport|port|district|province|control|peninsula|oblast|enclave  recip=obj,poss,of
19.invade            190   v:invade  recip=obj
19.annex             192   v:annex|occupy  recip=obj
19.invasion.n        190   n:invasion|incursion  recip=of,into,against,poss
19.annexation.n      192   n:annexation|occupation  recip=of
19.roll.in           192   v:roll|push|pour|cross|enter|march  prep=into|across  with=border|tank|troop|force|column  recip=into,across
19.shoot.small       193   v:shoot|fire  prep=at|on|upon  recip=at,on,upon
19.gunfire.n         193   n:gunfire|gunshot|sniper  recip=at,on
19.shell             194   v:shell|bombard|pound|fire  with=artillery|shell|rocket|mortar|howitzer|gun|position|town|city|border  recip=obj,on,at
19.shelling.n        194   n:shelling|bombardment|barrage|artillery|fire  with=artillery|rocket|mortar|cross-border|heavy|shell  recip=on,of,in
19.airstrike         195   v:bomb|strike|hit|target|pound  with=airstrike|air|jet|warplane|drone|missile|aircraft|plane|helicopter|rocket  recip=obj,on,in
19.airstrike.n       195   n:airstrike|air-strike|strike|raid|bombing|missile|drone  with=air|airstrike|aerial|drone|missile|warplane|jet|rocket  recip=on,against,in,at
19.shoot.down        195   v:shoot  prt=down  recip=poss,obj
19.down              195   v:down|intercept  with=plane|jet|drone|aircraft|helicopter|missile|balloon  recip=poss,obj
19.ceasefire.violate 196   v:violate|break|breach  obj=ceasefire|truce|armistice  recip=with
19.ceasefire.viol.n  196   n:violation|breach  with=ceasefire|truce  recip=of
19.kill.mil          190   v:kill|wound|injure  with=missile|rocket|airstrike|drone|artillery|shelling|bomb|strike|fire|attack|soldier|troop|force  recip=obj conf=0.7
19.strike.launch     195   v:launch|carry|conduct|stage|fire  obj=strike|airstrike|raid|attack|salvo|barrage  with=missile|air|drone|rocket|military|cruise|ballistic|artillery|aerial|retaliatory|precision  recip=on,against,at,obl:on
19.retake           190   v:retake|recapture|regain|reclaim|liberate  with=village|town|city|territory|area|region|position|base|control|airport|port|hill|island  recip=from,obj
