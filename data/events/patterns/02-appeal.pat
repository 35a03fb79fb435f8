# CAMEO 02 APPEAL (PLOVER REQUEST in Chancery, see docs/events.md).
# "urge", "appeal", "call on": the wrapper composes with the event asked for.
02.urge              020   v:urge|implore|exhort|beseech|plead  wrap=appeal recip=obj,iobj,with
02.call.on           020   v:call  prep=on|upon  wrap=appeal recip=on,upon
02.call.for          020   v:call  prep=for  recip=on,upon conf=0.7
02.appeal            020   v:appeal  wrap=appeal recip=to,obl:to
02.appeal.n          020   n:appeal|plea|call  recip=to,on,for
02.ask               020   v:ask|request|invite|encourage|press|lobby  wrap=appeal recip=obj,iobj
02.seek.aid          023   v:seek|request|ask  obj=aid|assistance|help|support|loan|fund|funding  recip=from,obl:from
02.seek.econ         0231  v:seek|request|ask  obj=loan|funding|investment|credit|bailout  recip=from
02.seek.mil          0232  v:seek|request|ask  obj=weapon|arm|ammunition|troop|jet|missile  recip=from
02.seek.hum          0233  v:seek|request|ask  obj=food|medicine|shelter|relief  recip=from
02.seek.protect      0234  v:seek|request|ask  obj=protection|peacekeeper|peacekeeping  recip=from
02.seek.support      022   v:seek|request|ask|solicit|court  obj=support|backing|endorsement  recip=from
02.seek.coop         021   v:seek|request  obj=cooperation|partnership  recip=from,with
02.seek.coop.econ    0211  v:seek|request  obj=trade|investment  recip=from,with
02.seek.coop.mil     0212  v:seek  obj=alliance  recip=with
02.seek.coop.jud     0213  v:seek|request  obj=extradition|handover  recip=from
02.seek.intel        0214  v:seek|request  obj=information|intelligence|data  recip=from
02.seek.reform       024   v:call|press|push|appeal  with=reform  recip=on,obj
02.seek.leader       0241  v:call|press  with=resignation|step  recip=on,obj
02.seek.policy       0242  v:call|press|appeal  with=policy  recip=on,obj
02.seek.rights       0243  v:call|press|appeal  with=right|freedom  recip=on,obj
02.seek.change       0244  v:call|press|appeal  with=election|constitution|institution  recip=on,obj
02.seek.yield        025   v:call|press|appeal  with=concession  recip=on,obj
02.seek.release      0253  v:call|press|appeal  with=release|freedom  recip=on,obj
02.seek.sanctions    0254  v:call|press|appeal  with=sanction|embargo  recip=on,obj
02.seek.ceasefire    0256  v:call|press|appeal  with=ceasefire|truce|de-escalation|restraint  recip=on,obj
02.seek.talks        026   v:call|press|appeal  with=talk|negotiation|dialogue  without=ambassador|envoy|diplomat  recip=on,obj
02.seek.settle       027   v:call|press|appeal  with=settlement|solution|resolution  recip=on,obj
02.seek.mediation    028   v:call|press|appeal  with=mediation|mediator  recip=on,obj
