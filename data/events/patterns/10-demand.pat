# CAMEO 10 DEMAND (PLOVER REQUEST).
10.demand            100   v:demand|insist|require|pressure|pressurize|pressurise  wrap=request recip=obj,iobj,from,of
10.demand.n          100   n:demand|ultimatum  recip=for,from,to
10.info              101   v:demand|seek|request  with=information|explanation|investigation|inquiry|probe|answer|clarification  recip=from,obl:from
10.policy            102   v:demand  with=support|backing  recip=from
10.aid               103   v:demand  with=aid|assistance|compensation|protection|peacekeeper|reparation  recip=from
10.econ.aid          1031  v:demand  with=loan|fund|money|compensation  recip=from
10.mil.aid           1032  v:demand  with=weapon|arm|ammunition  recip=from
10.hum.aid           1033  v:demand  with=food|medicine|relief  recip=from
10.protect           1034  v:demand  with=protection|peacekeeper  recip=from
10.reform            104   v:demand  with=reform  recip=from,obj
10.leader            1041  v:demand  with=resignation|resign|ouster|removal  recip=poss,from,obj
10.policy.change     1042  v:demand  with=policy|change|reversal  recip=from,obj
10.rights            1043  v:demand  with=right|freedom  recip=from,obj
10.inst              1044  v:demand  with=election|constitution|referendum  recip=from,obj
10.yield             105   v:demand  with=concession  recip=from,obj
10.ease.admin        1051  v:demand  with=lifting|lift|easing|curfew|restriction  recip=from,obj
10.ease.dissent      1052  v:demand  with=crackdown  recip=from,obj
10.release           1053  v:demand|seek  with=release|freedom|return  recip=from,obj,poss
10.ease.sanctions    1054  v:demand|seek  with=sanction|embargo  recip=from,obj
10.access            1055  v:demand  with=access|inspector|monitor  recip=from,obj
10.de-escalate       1056  v:demand  with=de-escalation|de-escalate|restraint  recip=from,obj
10.mediation         105   v:demand  with=mediation  recip=from,obj
10.withdraw          106   v:demand|order  with=withdrawal|withdraw|pullout|leave|retreat  recip=poss,from,obj
10.ceasefire         107   v:demand  with=ceasefire|truce|halt  recip=from,obj
10.meet              108   v:demand  with=talk|meeting|negotiation  recip=from,obj
