/**
 * @module verdict/test-support/relation-fixtures
 * Small texts written for the relation tests (compare's verdict and corpus mode alike): one source,
 * a retelling of each kind, an independent report of the same event and an unrelated text.
 */

/** The source: a council notice about a bridge closure. */
export const BRIDGE_NOTICE =
  'The old stone bridge over the River Wey in Godalming will close to all traffic from Monday for repairs. ' +
  'Engineers from Surrey County Council found cracks in two of its arches during a routine inspection last month. ' +
  'Buses will be diverted through the industrial estate, adding about ten minutes to each journey. ' +
  'The council expects the work to take eleven weeks and to cost around four hundred thousand pounds. ' +
  'Pedestrians will still be able to cross on a temporary footway along the northern side. ' +
  'A public meeting about the closure will be held at the library on Thursday evening.';

/** The notice with a handful of words swapped. */
export const BRIDGE_LIGHT =
  'The old stone bridge over the River Wey in Godalming will shut to all traffic from Monday for repairs. ' +
  'Engineers from Surrey County Council discovered cracks in two of its arches during a routine inspection last month. ' +
  'Buses will be rerouted through the industrial estate, adding roughly ten minutes to each journey. ' +
  'The council expects the work to last eleven weeks and to cost around four hundred thousand pounds. ' +
  'Pedestrians will still be able to cross on a temporary walkway along the northern side. ' +
  'A public meeting about the closure will take place at the library on Thursday evening.';

/** The notice retold in new words and a new order. */
export const BRIDGE_HEAVY =
  'Cracks spotted in two arches last month mean the River Wey crossing in Godalming is shutting from Monday. ' +
  'Surrey County Council says the repairs should be finished in about eleven weeks, at a cost of roughly four hundred thousand pounds. ' +
  'Bus routes will go via the industrial estate instead, which will make trips around ten minutes longer. ' +
  'People on foot can still get across using a temporary path on the north side of the old stone bridge.';

/** A weekly travel column that reuses two of the notice's sentences word for word. */
export const TRAVEL_COLUMN =
  'Drivers heading to the coast this weekend should expect long queues near the ferry terminal. ' +
  'The summer timetable starts on Saturday, with extra sailings in the early morning and late evening. ' +
  'Rail passengers face their own disruption, as overnight track work continues between the two main stations. ' +
  'Buses will be diverted through the industrial estate, adding about ten minutes to each journey. ' +
  'The council expects the work to take eleven weeks and to cost around four hundred thousand pounds. ' +
  'Cyclists are asked to use the riverside path, which has been resurfaced and now has better lighting. ' +
  'Parking charges at the seafront rise by fifty pence an hour from next month. ' +
  'Season tickets bought before the end of June keep the old price until they expire. ' +
  'Taxi firms say they will add more cars on Friday and Saturday nights to cope with the festival crowds. ' +
  'Anyone planning a long journey is advised to check the live travel map before setting off.';

/** An independent report of the same closure: its own sources and wording, no shared passage. */
export const BRIDGE_REPORT =
  'Shopkeepers in Godalming fear a drop in trade after Surrey County Council confirmed the River Wey bridge will be shut for most of the summer. ' +
  'Baker Helen Marsh, whose shop on Bridge Street faces the crossing, said regulars from Farncombe would simply stop coming. ' +
  'Councillor David Osei defended the decision, saying the safety of the arches could not wait until the autumn. ' +
  'Stagecoach confirmed that its number 46 service will take a longer route, and the Godalming Chamber of Commerce plans to ask for a rates discount. ' +
  'Residents of Catteshall Lane have started a petition asking for the footway to stay open at night.';

/** A text on another subject altogether. */
export const MATCH_REPORT =
  'The national team won its third match of the tournament with a late goal from the substitute striker. ' +
  'The coach praised the young defenders, who kept a clean sheet for the second game running. ' +
  'Tickets for the quarter final went on sale this morning and sold out within an hour.';
