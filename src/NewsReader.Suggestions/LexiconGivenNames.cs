using System.Collections.Frozen;

namespace NewsReader.Suggestions;

internal static partial class Lexicon
{
    /// <summary>Men's given names common in UK and international news: a run that starts with one is a person, and "he" can refer to it.</summary>
    public static readonly FrozenSet<string> MaleNames = CasedWords("""
        Aaron Adam Adrian Ahmed Alan Alastair Alasdair Albert Alec Alex Alexander Alexei Alfred Ali Alistair Allan
        Andre Andrew Andy Angus Anthony Antonio Archie Ariel Arnold Arsene Arthur Ashley Barack Barry Ben Benjamin
        Bernard Bernie Bill Billy Bob Bobby Boris Brendan Brian Bruce Bryan Carl Carlos Charles Charlie Chris
        Christian Christopher Clive Colin Craig Dale Damian Damien Dan Daniel Danny Darren Dave David Dean Denis
        Dennis Derek Des Desmond Dick Dominic Don Donald Doug Douglas Duncan Dylan Ed Eddie Edward Edwin Elton Emile
        Eric Ernest Eugene Evan Fabio Felix Fernando Francis Francisco Frank Fred Freddie Frederick Gareth Garry
        Gary Gavin Geoff Geoffrey George Gerald Gerard Gerhard Gerry Gilbert Glen Glenn Gordon Graeme Graham
        Grant Greg Gregory Guy Hamid Hans Harold Harry Harvey Hassan Hector Henry Herbert Hilary Hosni Howard Hugh
        Hugo Iain Ian Igor Ivan Jack Jacques Jake James Jamie Jason Javier Jean Jeff Jeffrey Jeremy Jerry Jim
        Jimmy Joe Joel Johan John Johnny Jon Jonathan Jonny Jose Josef Joseph Josh Joshua Juan Julian Justin
        Karl Keith Kelvin Ken Kenneth Kenny Kevin Kieran Kim Kofi Kurt Lance Larry Laurence Lawrence Lee Len
        Leo Leon Leonard Les Leslie Lewis Liam Lionel Lloyd Louis Luis Luke Malcolm Marc Marco Mario Mark
        Martin Marvin Matt Matthew Maurice Max Menzies Michael Mick Mickey Miguel Mike Mikhail Miles Mohammed
        Muhammad Mustafa Nathan Neil Nelson Nicholas Nick Nicolas Nigel Noel Norman Oliver Omar Oscar Owen
        Paddy Pat Patrick Paul Pedro Pete Peter Phil Philip Phillip Pierre Ralph Ray Raymond Reg Richard Rick
        Ricky Rob Robbie Robert Robin Rod Roger Roland Roman Ron Ronald Ronnie Rory Ross Roy Rupert Russell Ryan
        Saddam Sam Samuel Scott Sean Sebastian Serge Sergei Shane Silvio Simon Stan Stanley Stefan Stephen Steve
        Steven Stewart Stuart Sven Terry Theo Thierry Thomas Tim Timothy Toby Todd Tom Tommy Tony Trevor Vaclav
        Victor Vince Vincent Vladimir Walter Warren Wayne Will William Willie Yasser Yuri Zac Ziggy Abdul Abu
        Ahmad Akbar Amir Anwar Asif Bashir Farid Hussein Ibrahim Imran Jamal Kamal Karim Khalid Mahmoud Nasser
        Osama Rashid Salim Tariq Yusuf Ashok Rahul Rajiv Sanjay Vijay Amit Arun Ravi Hiroshi Kenji Takeshi Junichiro
        Hu Wen Jiang Deng Kim Lee Jung Mario Tiger Rafael Roger Lleyton Andy Tim
        Greg Jonny Lawrence Brian Gordon Lennox Linford Colin Seb Kelly Denise Clive Ronan Mikael Kristian Jens
        Lars Nils Olaf Erik Henrik Bjorn Gunnar Arne Dieter Helmut Wolfgang Klaus Jurgen Joschka Gerhardt
        Jacques Nicolas Dominique Lionel Francois Jean-Pierre Jean-Claude Alain Thierry Laurent Didier Zinedine
        Silvio Romano Gianfranco Luciano Roberto Giovanni Giuseppe Paolo Marcello Alessandro Francesco Jose Luis
        Manuel Javier Carlos Rodrigo Fidel Hugo Evo Lula Nestor Diego Ricardo Vladimir Mikhail Boris Dmitry
        Viktor Leonid Yuri Alexander Gennady Sergei Kostas Ariel Benjamin Ehud Shimon Yitzhak Binyamin Mahmoud
        Yasser Hamid Pervez Nawaz Benazir Atal Manmohan Sonia Junichiro Kofi Nelson Thabo Jacob Robert Morgan
        Olusegun Charles Ben Elvis Ringo Noel Liam Damon Robbie Simon Elton Cliff Quentin Steven Martin
        Clint Tom Brad Johnny Leonardo Russell Hugh Colin Jude Ewan Orlando Daniel Kevin Denzel Jamie Jonathan
        Walt Ollie Olly Zach Zack Ruud Sol Wes Hal Yann Sven Sven-Goran Pierce Keanu Dustin Elliott Burt Spike Tobey
        Tyler Travis Kyle Ted Sid Ernie Stevie Marlon Fabien Yannick Dimitri Sylvain Serge Mathieu Jeremie Pascal
        Olivier Remy Herve Jordi Feliciano Fabrice Frankie Rafa Xabi Shaun Shola Shaka Conor Dermot Aidan Ceri Martyn
        Gavyn Digby Fraser Magnus Werner Gerd Christoph Ulrich Ulf Joachim Marat Nicolas Luiz Recep Petr Taylor
        Abdellatif Abdullah Ahmet Akira Alberto Aldo Alejandro Alfonso Alun Alvaro Amos Anatoly Andrei Andres Andrzej Angelo
        Antoine Arnaud Arturo Axel Ayman Barney Benoit Bernd Bertrand Blaise Bradley Bruno Bryn Callum Calvin Carlo Cecil Chuck Clarence
        Claude Claudio Clement Clifford Cristiano Curtis Cyril Dario Darius Dejan Dimitar Dirk Dmitri Domenico Donovan Dwayne Dwight
        Edgar Edmund Edouard Eduardo Elijah Elliot Emilio Emmanuel Enrico Enrique Ernesto Ernst Ethan Fabian Federico Felipe Ferdinand
        Filippo Florian Fritz Gabriel Gennaro Georg Georges Geraint Giacomo Gianluca Gianni Gilles Gino Giorgio Giuliano
        Glyn Glynn Goran Guido Guillaume Gunter Gustav Gustavo Hamish Hank Harald Heinz Hernan Hideki Hoagy Horst Hristo Humphrey
        Hywel Ichiro Ignacio Ilya Isaac Ismail Istvan Ivo Ivor Jaime Jakob Janusz Jaroslav Jarno Jasper Jermaine Jerome Jesper Jiri
        Joaquin Jorge Josep Jules Julio Kazuo Kenzaburo Koichi Kris Lajos Laszlo Lenny Lester Lorenzo Luca Lucas Ludovic Luigi
        Luther Lyndon Marcel Marcelo Marcus Mariano Marius Marko Marty Massimo Matthias Mauricio Maurizio Mehmet Mervyn Michel Milt
        Milos Miroslav Mohamed Mohammad Moshe Naguib Naoki Neville Niall Nicky Niklas Nikolai Nikos Norbert Oleg Otis Otto
        Pablo Patrice Pavel Philippe Pietro Piotr Quincy Quinton Raoul Raul Reggie Reinhard Rene Rhodri Rhys Riccardo Rolf
        Rowan Ruben Rudolf Rudy Rufus Salman Sammy Sandro Saul Seamus Sebastien Sergio Seth Seve Shinzo Sidney
        Slobodan Stanislaw Stefano Steffen Stilian Sylvester Tadeusz Takashi Taro Terence Tomas Tomasz Torsten
        Umberto Uwe Valentino Valery Vasily Vernon Vicente Vincenzo Vinnie Vittorio Vojislav Wilf Wim Winston Wojciech Woody Xavier
        Yannis Yoshiaki Youssef Yves Zbigniew Zoltan Zoran
        """);

    /// <summary>Women's given names common in UK and international news: a run that starts with one is a person, and "she" can refer to it.</summary>
    public static readonly FrozenSet<string> FemaleNames = CasedWords("""
        Abigail Ada Adele Alice Alison Amanda Amelia Amy Andrea Angela Angelina Ann Anna Anne Annette Annie Anita
        Anne-Marie Ashley Audrey Barbara Beatrice Becky Belinda Benazir Bernadette Beth Bethany Betty Beverley
        Brenda Bridget Britney Carla Carmen Carol Caroline Carolyn Catherine Cathy Charlotte Cherie Cheryl Chloe
        Christina Christine Claire Clare Claudia Condoleezza Connie Cynthia Daisy Dana Daphne Dawn Deborah Debbie
        Denise Diana Diane Dianne Donna Doris Dorothy Edith Edwina Eileen Elaine Eleanor Elena Elizabeth Ella
        Ellen Elsie Emily Emma Estelle Esther Eva Eve Evelyn Fiona Frances Gail Gemma Georgia Geraldine Gillian
        Gisela Gladys Glenda Gloria Grace Gwyneth Hannah Harriet Hazel Heather Helen Helena Hilary
        Hillary Holly Ingrid Irene Isabel Isabella Jackie Jacqueline Jacqui Jan Jane Janet Janice Jasmine Jean
        Jeanette Jennifer Jenny Jessica Jessie Jill Jo Joan Joanna Joanne Jodie Josephine Joy Joyce Judith
        Judy Julia Julie Juliet June Karen Kate Katherine Kathleen Kathryn Kathy Katie Kay Kelly Kerry Kim
        Kirsty Kylie Laura Lauren Leah Lesley Linda Lindsay Lisa Liz Lorraine Louise Lucy Lydia Lynda Lynn
        Lynne Madeleine Madonna Maggie Mandy Margaret Maria Marianne Marie Marilyn Marion Martha Mary
        Maureen Megan Melanie Michelle Mildred Miriam Moira Molly Monica Nadine Nancy Naomi Natalie Natasha
        Nicola Nicole Nina Norma Olivia Pamela Patricia Paula Pauline Penelope Penny Philippa Phyllis Polly
        Rachel Rebecca Rita Roberta Rosa Rose Rosemary Ruth Sally Samantha Sandra Sara Sarah Sharon Sheila
        Shirley Sian Silvia Sophie Stella Stephanie Sue Susan Suzanne Sylvia Tamsin Tanya Teresa Tessa Theresa
        Tina Toni Tracey Tracy Valerie Vanessa Vera Veronica Victoria Viv Vivian Wendy Yvonne Zoe Zara Paula
        Kelly Denise Venus Serena Martina Steffi Monica Justine Kim Amelie Maria Svetlana Anastasia Mary-Kate
        Angela Segolene Ruth Tessa Estelle Clare Harriet Margaret Mo Hazel Beverley Oona Patsy Joan
        Yulia Benazir Indira Golda Imelda Aung Megawati Gloria Michelle Laura Hillary Madeleine Nancy
        Kate Keira Nicole Julia Gwyneth Scarlett Cate Helena Emma Charlize Halle Renee Jennifer Beyonce Kylie
        Dido Lulu Charlotte Joss Katie Jordan Jade Victoria Geri Mel Emma Sienna Kirsten Elle Naomi
        Missy Meghan Jayne Tess Nathalie Natalie Shami Clara Letitia Petrina Conchita Jelena Daniela Hayley Yelena
        Katerina Katarina Iveta Melinda Ana Fearne Dionne Barbra Brigitte Uma Ruby Teri Gabrielle Maeve Yvette Alicia
        Ffion Glenys Larissa Angie Audrey Tanni Kelli Alexandra Scarlett Tracey Justine Lindsay Serena Venus Jana
        Agnes Aileen Alanis Alexa Alexis Annika Antonia Aretha Ava Avril Bettina Billie Bonnie Camilla Carly Cecilia
        Celine Charmaine Christa Cilla Colleen Courtney Danielle Debra Delia Dolly Eliza Elisabeth Ellie Eloise Emmanuelle Erica Erin
        Felicity Francesca Gabriela Georgeta Georgina Germaine Greta Gwen Heidi Helga Hilda Imogen Ines Irina Isabelle
        Jemima Jenna Jennie Jess Jolanda Jolene Josie Judi Karin Karina Katharine Katrina Kerstin Kristin Kristina Leila Lena Liv
        Liza Lois Lorna Lucia Lucinda Luisa Margarita Marina Marisa Marta Maxine Melissa Meryl Mia Miranda Myra Nadia Nell Nigella
        Nora Norah Olga Patti Peggy Petra Priscilla Rosalind Rosie Roxanne Sabine Sadie Salma Sheryl Sigourney Simone Sinead
        Nicky Sonja Stacey Susie Tania Tatiana Thelma Tilda Ulrika Ursula Valentina Vicky Vivienne Wilma Winona Yoko Yolanda Yolande Zadie
        """);

    public static bool IsGivenName(string word) => MaleNames.Contains(word) || FemaleNames.Contains(word);
}
