# CAMEO 15 EXHIBIT FORCE POSTURE (PLOVER MOBILIZE).
15.posture           150   v:deploy|station|mass|amass|move|send|dispatch|position|reinforce|bolster|strengthen|boost|beef|increase|expand|double|build  with=troop|soldier|force|army|warship|ship|carrier|destroyer|submarine|tank|missile|bomber|jet|fighter|battalion|brigade|unit|military  recip=to,near,in,along,at,obl:to
15.buildup.n         150   n:buildup|build-up|deployment|mobilization|mobilisation|concentration  with=troop|military|force|naval  recip=near,along,to,in
15.patrol.n          151   n:patrol|checkpoint|deployment  with=police|paramilitary|security|gendarme|riot  recip=in
15.police            151   v:heighten|raise|increase|step  with=police|security|alert  recip=in
15.mil.alert         152   v:put|place|raise  with=alert|readiness|combat|war|footing  recip=on
15.mobilize          154   v:mobilize|mobilise|conscript|draft|call  with=troop|reservist|reserve|army|force|soldier|conscript  recip=obj
15.mobilization.n    154   n:mobilization|mobilisation|conscription  recip=against
15.police.power      153   v:deploy|send|mobilize|mobilise|dispatch|reinforce  with=police|riot|gendarme|gendarmerie|paramilitary  recip=to,in,obl:to
15.flyover           150   v:fly|sail|transit|patrol  with=strait|sea|airspace|water|zone|island  recip=through,near,over,into
15.test              150   v:test|launch|fire  with=missile|rocket|icbm|ballistic|nuclear|hypersonic  prep=into|over|toward|towards|off  recip=toward,towards,near,over
15.test.n            150   n:test|launch  with=missile|rocket|nuclear|ballistic  recip=near,over
15.militia           150   v:operate|form|recruit|arm|organize|organise|expand|mobilize|mobilise|gather  with=militia|paramilitary|vigilante|conscript|recruit|reservist|recruitment|volunteer|fighter  recip=near,in,against
15.militia.n         150   n:militia|paramilitary|vigilante  with=form|operate|begin|arm|recruit|emerge|launch  recip=near,in
15.recruitment.n     154   n:recruitment|conscription|mobilization|mobilisation|call-up  with=expand|step|increase|begin|announce|order|launch  recip=in
15.patrol.begin      150   n:patrol  with=begin|start|launch|step|increase|intensify|deploy  recip=in,near
15.call.forces       153   v:call|order|send|summon|dispatch|rush  with=police|troop|soldier|army|guard|conscript|reservist|militia|reserve|officer|gendarme  recip=to,into,obl:to
